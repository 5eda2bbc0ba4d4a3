// SPDX-License-Identifier: GPL-3.0-or-later
#include "name_matching.h"

#include <QStringList>

#include <algorithm>

namespace kam {

namespace {

/// Latin legal forms as the words they split into once punctuation is gone ("Co., Ltd." →
/// co ltd, "S.A." → s a); longest first, so "co ltd" goes before "ltd" leaves "co" behind.
struct LatinForm
{
    QStringView words[3];
    qsizetype count;
};
constexpr LatinForm kLatinForms[] = {
    { { u"company", u"limited" }, 2 },
    { { u"co", u"limited" }, 2 },
    { { u"co", u"ltd" }, 2 },
    { { u"s", u"a", u"s" }, 3 },
    { { u"s", u"a" }, 2 },
    { { u"corporation" }, 1 },
    { { u"incorporated" }, 1 },
    { { u"limited" }, 1 },
    { { u"company" }, 1 },
    { { u"gmbh" }, 1 },
    { { u"corp" }, 1 },
    { { u"ltd" }, 1 },
    { { u"inc" }, 1 },
    { { u"llc" }, 1 },
    { { u"sas" }, 1 },
    { { u"plc" }, 1 },
    { { u"ag" }, 1 },
    { { u"sa" }, 1 },
    { { u"kg" }, 1 },
    { { u"co" }, 1 },
};

/// Chinese legal forms, longest first. A bare 公司 goes too, except in 分公司: a branch keeps
/// what makes it a branch.
constexpr QStringView kChineseForms[] = { u"股份有限公司", u"有限责任公司", u"有限責任公司",
                                          u"集团有限公司", u"集團有限公司", u"有限公司",
                                          u"股份公司",     u"集团",         u"集團",
                                          u"公司" }; // simplified and traditional

bool stripLatinForm(QStringList &words)
{
    for (const LatinForm &form : kLatinForms) {
        const qsizetype n = form.count;
        if (words.size() <= n) // a name that is only a legal form keeps it
            continue;
        if (std::equal(form.words, form.words + n, words.cend() - n,
                       [](QStringView a, const QString &b) { return a == b; })) {
            words.resize(words.size() - n);
            return true;
        }
    }
    return false;
}

bool stripChineseForm(QStringList &words)
{
    QString &last = words.last();
    for (QStringView form : kChineseForms) {
        if (!last.endsWith(form))
            continue;
        const qsizetype rest = last.size() - form.size();
        if (form == u"公司" && rest > 0 && last[rest - 1] == u'分')
            continue;
        if (rest == 0 && words.size() == 1)
            return false; // a name that is only a legal form keeps it
        last.truncate(rest);
        if (last.isEmpty())
            words.removeLast();
        return true;
    }
    return false;
}

constexpr char16_t kStartMark = 0x0002;
constexpr char16_t kEndMark = 0x0003;

/// The distinct bigrams of `name` padded with start and end marks, sorted.
std::vector<quint32> bigramsOf(QStringView name)
{
    std::vector<quint32> out;
    if (name.isEmpty())
        return out;
    out.reserve(name.size() + 1);
    char16_t previous = kStartMark;
    for (QChar c : name) {
        out.push_back((quint32(previous) << 16) | c.unicode());
        previous = c.unicode();
    }
    out.push_back((quint32(previous) << 16) | kEndMark);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double dice(qsizetype shared, qsizetype sizeA, qsizetype sizeB)
{
    return 2.0 * double(shared) / double(sizeA + sizeB);
}

} // namespace

QString normaliseCompanyName(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QStringList words;
    QString word;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    if (words.isEmpty())
        return {};
    while (stripLatinForm(words) || stripChineseForm(words)) { }
    return words.join(QString());
}

QString normaliseEmail(QStringView email)
{
    return email.trimmed().toString().toLower();
}

double nameSimilarity(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    const std::vector<quint32> x = bigramsOf(a);
    const std::vector<quint32> y = bigramsOf(b);
    qsizetype shared = 0;
    auto i = x.begin();
    auto j = y.begin();
    while (i != x.end() && j != y.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return dice(shared, qsizetype(x.size()), qsizetype(y.size()));
}

int NameIndex::add(const QString &normalisedName)
{
    const int position = int(m_bigramCounts.size());
    const std::vector<quint32> bigrams = bigramsOf(normalisedName);
    m_bigramCounts.push_back(int(bigrams.size()));
    for (quint32 bigram : bigrams)
        m_postings[bigram].push_back(position);
    return position;
}

NameIndex::Match NameIndex::best(QStringView normalisedName, double threshold) const
{
    const std::vector<quint32> bigrams = bigramsOf(normalisedName);
    Match match;
    if (bigrams.empty())
        return match;
    // Shared bigrams counted over the postings of the query's own bigrams only: names sharing
    // none are never looked at, and the count is the exact Dice intersection.
    std::vector<int> shared(m_bigramCounts.size(), 0);
    std::vector<int> touched;
    for (quint32 bigram : bigrams) {
        const auto it = m_postings.constFind(bigram);
        if (it == m_postings.cend())
            continue;
        for (int position : *it)
            if (shared[position]++ == 0)
                touched.push_back(position);
    }
    const qsizetype size = qsizetype(bigrams.size());
    for (int position : touched) {
        const double score = dice(shared[position], size, m_bigramCounts[position]);
        if (score >= threshold
            && (score > match.score || (score == match.score && position < match.position))) {
            match.position = position;
            match.score = score;
        }
    }
    return match;
}

} // namespace kam
