// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace kam {

/// A company name reduced for matching: full-width forms to half-width (NFKC), case folded,
/// spaces, punctuation and brackets removed, and a trailing legal form stripped (有限公司,
/// 股份有限公司, 有限责任公司, (集团)有限公司, Co., Ltd., Inc., LLC, GmbH, AG, S.A., SAS,
/// Corp., Corporation, Limited, Company, plc). "上海　宝钢（集团）有限公司" and
/// "上海宝钢" normalise alike; a branch ("…北京分公司") keeps what makes it a branch.
QString normaliseCompanyName(QStringView name);

/// An e-mail address for matching: trimmed and lower-cased.
QString normaliseEmail(QStringView email);

/// How alike two normalised names are, 0 … 1 (1: equal); symmetric. Bigram Dice over the
/// characters, so it suits Chinese (one character a word) and Latin names alike. The bigrams
/// are of the name padded with a start and an end mark (distinct bigrams counted once), so a
/// one-character name has two and "a" and "ab" are 0.4 alike; an empty name is like nothing
/// but another empty one.
double nameSimilarity(QStringView a, QStringView b);

/// Finds, among many normalised names, those similar to a given one without comparing with
/// all of them (an index of character bigrams).
class NameIndex
{
public:
    /// Adds a normalised name; returns its position (0, 1, …).
    int add(const QString &normalisedName);
    struct Match
    {
        int position = -1;
        double score = 0;
    };
    /// The best match of score ≥ `threshold` (the earliest added among equal scores), or
    /// position −1; its score is nameSimilarity's. An empty name matches nothing.
    Match best(QStringView normalisedName, double threshold) const;

private:
    std::vector<int> m_bigramCounts; // per position: its distinct bigrams
    QHash<quint32, std::vector<int>> m_postings; // bigram → positions holding it, ascending
};

} // namespace kam
