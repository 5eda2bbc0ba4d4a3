// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_pdf.h"

#include "itemmodels/whitespace_colors.h"

#include "pdf_text_fix.h"
#include "plan_report.h"
#include "relationship_painter.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <cmath>

namespace kam {

/// The translation context of the PDF's labels.
class PlanPdf
{
    Q_DECLARE_TR_FUNCTIONS(kam::PlanPdf)
};

namespace {

// Device units: QPdfWriter at 1200 dpi; the document, the charts and the map are sized in points.
constexpr int kDpi = 1200;
constexpr qreal kPointsToDevice = kDpi / 72.0;

qreal pt(qreal points)
{
    return points * kPointsToDevice;
}

/// A length of a text format (margin, padding, border): QTextDocumentLayout reads those as
/// pixels at 96 dpi and scales them to the device itself.
qreal docLength(qreal points)
{
    return points * 96.0 / 72.0;
}

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

const QColor kInk(0x1d, 0x23, 0x30);
const QColor kMuted(0x5f, 0x6b, 0x7a);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kAccentPale(0xe8, 0xee, 0xf5);
const QColor kRule(0xd0, 0xd5, 0xdd);
const QColor kZebra(0xf6, 0xf8, 0xfa);
const QColor kBar(0x2a, 0x6f, 0x97);
const QColor kTargetLine(0xc6, 0x28, 0x28);

/// A Latin face first, Chinese after it: Qt 6.4 draws digits of Latin runs in Noto Sans CJK
/// with glyphs its ToUnicode map leaves out (pdftotext loses "2026"), and writes its spaces as
/// tabs. Chinese text falls back to the CJK face of the platform.
QFont reportFont(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
                   QStringLiteral("Arial"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Sans SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")});
    f.setStyleHint(QFont::SansSerif);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// A font of `points` for a painter scaled to points (the figures): the device's dpi is undone.
QFont figureFont(qreal points, bool bold = false)
{
    return reportFont(points / kPointsToDevice, bold);
}

QString percent(double value)
{
    return PlanPdf::tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

QString signedPercent(double value)
{
    return PlanPdf::tr("%1 %").arg((value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 1));
}

QString money(qint64 minor, const QString &currency)
{
    return formatMoney({minor, currency});
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("–");
}

/// Amounts of a chart in thousands or millions of the currency, with the caption saying which.
struct ChartUnit
{
    double divisor = 1;
    QString caption;
};

ChartUnit chartUnit(qint64 maxMinor, const QString &currency)
{
    const double major = maxMinor / std::pow(10.0, currencyDigits(currency));
    if (major >= 1e6)
        return {std::pow(10.0, currencyDigits(currency)) * 1e6, PlanPdf::tr("%1 million").arg(currency)};
    return {std::pow(10.0, currencyDigits(currency)) * 1e3, PlanPdf::tr("%1 thousand").arg(currency)};
}

/// A round step for about `ticks` grid lines up to `max`.
double niceStep(double max, int ticks)
{
    const double raw = std::max(max / ticks, 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

// --- figures: drawn as vectors by the document layout --------------------------------------

enum class Figure { Revenue, Pipeline, Map };
constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureKind = QTextFormat::UserProperty + 1;
constexpr int kFigureSize = QTextFormat::UserProperty + 2; ///< in device units

constexpr qreal kLegendGap = 10;

class FigureObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit FigureObjects(const PlanReport &report) : m_report(report) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(kFigureSize).toSizeF();
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        p->save();
        p->translate(rect.topLeft());
        p->scale(kPointsToDevice, kPointsToDevice);
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF area(0, 0, rect.width() / kPointsToDevice, rect.height() / kPointsToDevice);
        switch (Figure(format.intProperty(kFigureKind))) {
        case Figure::Revenue:
            drawRevenue(*p, area);
            break;
        case Figure::Pipeline:
            drawPipeline(*p, area);
            break;
        case Figure::Map:
            p->setFont(figureFont(9));
            paintRelationshipMap(*p, area, m_report.contacts, m_report.mapLayout);
            break;
        }
        p->restore();
    }

private:
    /// Won revenue per quarter as bars, the plan's revenue target per quarter as a dashed line.
    void drawRevenue(QPainter &p, const QRectF &area) const
    {
        const Plan &plan = m_report.content.plan;
        const auto days = planPeriodDays(plan.period);
        const int quarters = days ? std::max(1, (days->second.month() - days->first.month() + 1) / 3
                                                    + 4 * (days->second.year() - days->first.year()))
                                  : 4;
        const qint64 targetPerQuarter = plan.revenueTargetMinor / quarters;
        qint64 maxMinor = targetPerQuarter;
        for (const PlanReport::Quarter &q : m_report.wonByQuarter)
            maxMinor = std::max(maxMinor, q.wonMinor);
        const ChartUnit unit = chartUnit(maxMinor, plan.currency);
        const double max = std::max(maxMinor / unit.divisor, 1e-9);
        const double step = niceStep(max, 4);
        const double top = std::ceil(max / step) * step;

        const QFont small = figureFont(7.5);
        const QFontMetricsF fm(small, p.device());
        p.setFont(small);
        const QRectF plot = area.adjusted(36, 16, -4, -18);
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), area.top(), area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, unit.caption);
        for (double v = 0; v <= top + step / 2; v += step) {
            const qreal y = plot.bottom() - plot.height() * v / top;
            p.setPen(QPen(v == 0 ? kMuted : kRule, v == 0 ? 0.8 : 0.4));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kMuted);
            p.drawText(QRectF(area.left(), y - 6, 32, 12), Qt::AlignRight | Qt::AlignVCenter,
                       QLocale().toString(v, 'f', step < 1 ? 1 : 0));
        }
        const qreal slot = plot.width() / qreal(m_report.wonByQuarter.size());
        for (size_t i = 0; i < m_report.wonByQuarter.size(); ++i) {
            const PlanReport::Quarter &q = m_report.wonByQuarter[i];
            const double value = q.wonMinor / unit.divisor;
            const qreal h = plot.height() * value / top;
            const QRectF bar(plot.left() + slot * qreal(i) + slot * 0.2, plot.bottom() - h, slot * 0.6, h);
            p.fillRect(bar, kBar);
            p.setPen(kInk);
            if (q.wonMinor > 0)
                p.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - 12, slot, 11), Qt::AlignCenter,
                           QLocale().toString(value, 'f', 1));
            p.setPen(kMuted);
            p.drawText(QRectF(plot.left() + slot * qreal(i), plot.bottom() + 3, slot, 12), Qt::AlignCenter, q.label);
        }
        if (targetPerQuarter > 0) {
            const qreal y = plot.bottom() - plot.height() * (targetPerQuarter / unit.divisor) / top;
            p.setPen(QPen(kTargetLine, 1, Qt::DashLine));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            const QString label = PlanPdf::tr("Plan target per quarter: %1")
                                      .arg(QLocale().toString(targetPerQuarter / unit.divisor, 'f', 1));
            // Above the line at the left, on white, so no bar hides it.
            const QRectF box(plot.left() + 4, y - fm.height() - 3, fm.horizontalAdvance(label) + 6, fm.height() + 1);
            p.fillRect(box, QColor(255, 255, 255, 220));
            p.setPen(kTargetLine);
            p.drawText(box, Qt::AlignCenter, label);
        }
    }

    /// Open pipeline per stage as horizontal bars in process order.
    void drawPipeline(QPainter &p, const QRectF &area) const
    {
        const QString &currency = m_report.content.plan.currency;
        qint64 maxMinor = 0;
        for (const PlanReport::StageTotal &s : m_report.pipeline)
            maxMinor = std::max(maxMinor, s.amountMinor);
        const ChartUnit unit = chartUnit(maxMinor, currency);
        const QFont small = figureFont(7.5);
        const QFontMetricsF fm(small, p.device());
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), area.top(), area.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, unit.caption);
        constexpr qreal kLabelWidth = 120;
        constexpr qreal kValueWidth = 110;
        const qreal rowHeight = (area.height() - 16) / qreal(std::max<size_t>(1, m_report.pipeline.size()));
        const qreal barSpace = area.width() - kLabelWidth - kValueWidth;
        for (size_t i = 0; i < m_report.pipeline.size(); ++i) {
            const PlanReport::StageTotal &s = m_report.pipeline[i];
            const qreal y = area.top() + 16 + rowHeight * qreal(i);
            p.setPen(kInk);
            p.drawText(QRectF(area.left(), y, kLabelWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(s.stage, Qt::ElideRight, kLabelWidth - 8));
            const qreal w = maxMinor > 0 ? barSpace * qreal(s.amountMinor) / qreal(maxMinor) : 0;
            p.fillRect(QRectF(area.left() + kLabelWidth, y + rowHeight * 0.18, std::max<qreal>(w, 0.8), rowHeight * 0.64),
                       s.count ? kBar : kRule);
            p.setPen(kMuted);
            const QString value = s.count ? PlanPdf::tr("%1 · %n deal(s)", nullptr, s.count)
                                                .arg(QLocale().toString(s.amountMinor / unit.divisor, 'f', 1))
                                          : QStringLiteral("–");
            p.drawText(QRectF(area.left() + kLabelWidth + w + 6, y, kValueWidth + barSpace - w, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, value);
        }
    }

    const PlanReport &m_report;
};

// --- the flowing body ----------------------------------------------------------------------

struct Column
{
    QString header;
    qreal percentWidth;
    Qt::Alignment align = Qt::AlignLeft;
};

/// Builds the body of the report into a QTextDocument laid out on pages of the body's size.
class BodyBuilder
{
public:
    BodyBuilder(const PlanReport &report, QTextDocument &doc, const QSizeF &bodyPoints)
        : m_r(report), m_doc(doc), m_cursor(&doc), m_body(bodyPoints)
    {
    }

    struct Section
    {
        QString title;
        int position = 0; ///< of its heading block in the document
    };
    const std::vector<Section> &sections() const { return m_sections; }

    void build()
    {
        // One edit block: the document lays out once at the end, not after every cell.
        m_cursor.beginEditBlock();
        const Plan &plan = m_r.content.plan;
        heading(PlanPdf::tr("Summary"), false);
        kpis();
        paragraph(plan.summary.isEmpty() ? PlanPdf::tr("No situation summary written.") : plan.summary);

        heading(PlanPdf::tr("Targets"), false);
        targets();

        heading(PlanPdf::tr("Revenue and pipeline"), false);
        caption(PlanPdf::tr("Won revenue by quarter, account and branches"));
        figure(Figure::Revenue, 150);
        caption(PlanPdf::tr("Open pipeline by stage"));
        figure(Figure::Pipeline, 18 + 17 * qreal(std::max<size_t>(1, m_r.pipeline.size())));

        heading(PlanPdf::tr("SWOT"), true);
        swot();

        heading(PlanPdf::tr("Objectives"), false);
        objectives();

        heading(PlanPdf::tr("Actions"), true);
        actions();

        heading(PlanPdf::tr("Whitespace"), true);
        whitespace();

        heading(PlanPdf::tr("Relationship map"), true);
        relationshipMap();

        heading(PlanPdf::tr("Risks"), false);
        risks();
        m_cursor.endEditBlock();
    }

private:
    QTextCharFormat text(qreal points = 9, bool bold = false, const QColor &color = kInk) const
    {
        QTextCharFormat f;
        f.setFont(reportFont(points, bold), QTextCharFormat::FontPropertiesAll);
        f.setForeground(color);
        return f;
    }

    /// Starts a new paragraph, or reuses the empty one a table leaves behind it.
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_cursor.block().text().isEmpty() && m_cursor.block().length() <= 1) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void heading(const QString &title, bool newPage)
    {
        QTextBlockFormat f;
        f.setTopMargin(m_sections.empty() || newPage ? 0 : docLength(16));
        f.setBottomMargin(docLength(8));
        if (newPage)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QString numbered = PlanPdf::tr("%1  %2").arg(m_sections.size() + 1).arg(title);
        block(f, text(15, true, kAccent));
        m_sections.push_back({title, m_cursor.block().position()});
        m_cursor.insertText(numbered);
    }

    void caption(const QString &line)
    {
        QTextBlockFormat f;
        f.setTopMargin(docLength(8));
        f.setBottomMargin(docLength(3));
        block(f, text(9, true, kInk));
        m_cursor.insertText(line);
    }

    void paragraph(const QString &body, const QColor &color = kInk)
    {
        for (const QString &line : body.split(u'\n')) {
            QTextBlockFormat f;
            f.setBottomMargin(docLength(4));
            f.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
            block(f, text(9.5, false, color));
            m_cursor.insertText(line);
        }
    }

    void figure(Figure kind, qreal heightPoints)
    {
        QTextBlockFormat f;
        f.setBottomMargin(docLength(6));
        block(f, text());
        QTextCharFormat object;
        object.setObjectType(kFigureObject);
        object.setProperty(kFigureKind, int(kind));
        object.setProperty(kFigureSize, QSizeF(pt(m_body.width()), pt(heightPoints)));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    /// A table with a header row repeated on every page it runs over; `fill` colours a cell.
    QTextTable *table(const std::vector<Column> &columns, const std::vector<QStringList> &rows,
                      const std::function<QColor(int row, int column)> &fill = {})
    {
        QTextTableFormat f;
        f.setHeaderRowCount(1);
        f.setBorder(docLength(0.5));
        f.setBorderBrush(kRule);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setBorderCollapse(true);
        f.setCellSpacing(0);
        f.setCellPadding(docLength(4));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setBottomMargin(docLength(6));
        QList<QTextLength> widths;
        for (const Column &c : columns)
            widths << QTextLength(QTextLength::PercentageLength, c.percentWidth);
        f.setColumnWidthConstraints(widths);
        block(QTextBlockFormat(), text());
        QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), f);
        const auto put = [&](int row, int column, const QString &value, const QTextCharFormat &chars,
                             const QColor &background) {
            QTextTableCell cell = t->cellAt(row, column);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            if (background.isValid())
                cf.setBackground(background);
            cell.setFormat(cf);
            QTextCursor c = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(columns[size_t(column)].align);
            bf.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
            c.setBlockFormat(bf);
            c.insertText(value, chars);
        };
        const QTextCharFormat head = text(8, true, Qt::white);
        for (size_t c = 0; c < columns.size(); ++c)
            put(0, int(c), columns[c].header, head, kAccent);
        const QTextCharFormat body = text(8.5);
        for (size_t r = 0; r < rows.size(); ++r)
            for (size_t c = 0; c < columns.size(); ++c) {
                const QColor custom = fill ? fill(int(r), int(c)) : QColor();
                put(int(r) + 1, int(c), rows[r].value(qsizetype(c)), body,
                    custom.isValid() ? custom : r % 2 ? kZebra : QColor());
            }
        m_cursor.movePosition(QTextCursor::End);
        return t;
    }

    void kpis()
    {
        const Plan &plan = m_r.content.plan;
        qint64 pipelineMinor = 0;
        int openDeals = 0;
        for (const PlanReport::StageTotal &s : m_r.pipeline) {
            pipelineMinor += s.amountMinor;
            openDeals += s.count;
        }
        const auto done = std::count_if(m_r.content.actions.begin(), m_r.content.actions.end(),
                                        [](const PlanAction &a) { return a.status == ActionStatus::Done; });
        int progress = 0;
        for (const PlanObjective &o : m_r.content.objectives)
            progress += o.progress;
        const QString growth = plan.revenueBaselineMinor > 0
            ? signedPercent(100.0 * double(plan.revenueTargetMinor - plan.revenueBaselineMinor)
                            / double(plan.revenueBaselineMinor))
            : QStringLiteral("–");
        const std::vector<std::pair<QString, QString>> tiles{
            {PlanPdf::tr("Revenue target"), money(plan.revenueTargetMinor, plan.currency)},
            {PlanPdf::tr("Growth on last period"), growth},
            {PlanPdf::tr("Open pipeline (%n deal(s))", nullptr, openDeals), money(pipelineMinor, plan.currency)},
            {PlanPdf::tr("Actions done"), PlanPdf::tr("%1 of %2").arg(done).arg(m_r.content.actions.size())},
            {PlanPdf::tr("Objectives, average progress"),
             m_r.content.objectives.empty() ? QStringLiteral("–")
                                            : percent(double(progress) / double(m_r.content.objectives.size()))},
        };
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellSpacing(docLength(4));
        f.setCellPadding(docLength(6));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setBottomMargin(docLength(8));
        block(QTextBlockFormat(), text());
        QTextTable *t = m_cursor.insertTable(1, int(tiles.size()), f);
        for (size_t i = 0; i < tiles.size(); ++i) {
            QTextTableCell cell = t->cellAt(0, int(i));
            QTextTableCellFormat cf;
            cf.setBackground(kAccentPale);
            cell.setFormat(cf);
            QTextCursor c = cell.firstCursorPosition();
            c.insertText(tiles[i].first, text(7.5, false, kMuted));
            QTextBlockFormat value;
            value.setTopMargin(docLength(3));
            c.insertBlock(value, text(10, true, kAccent));
            c.insertText(tiles[i].second);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void targets()
    {
        const Plan &p = m_r.content.plan;
        const QString none = QStringLiteral("–");
        const QString revenueChange = p.revenueBaselineMinor > 0
            ? signedPercent(100.0 * double(p.revenueTargetMinor - p.revenueBaselineMinor) / double(p.revenueBaselineMinor))
            : none;
        const auto points = [](double from, double to) {
            return PlanPdf::tr("%1 pp").arg((to > from ? QStringLiteral("+") : QString())
                                            + QLocale().toString(to - from, 'f', 1));
        };
        table({{PlanPdf::tr("Measure"), 34}, {PlanPdf::tr("Last period"), 22, Qt::AlignRight},
               {PlanPdf::tr("Target"), 22, Qt::AlignRight}, {PlanPdf::tr("Change"), 22, Qt::AlignRight}},
              {{PlanPdf::tr("Revenue"), money(p.revenueBaselineMinor, p.currency), money(p.revenueTargetMinor, p.currency),
                revenueChange},
               {PlanPdf::tr("Gross margin"), percent(p.marginBaseline), percent(p.marginTarget),
                points(p.marginBaseline, p.marginTarget)},
               {PlanPdf::tr("Share of wallet"), percent(p.walletBaseline), percent(p.walletTarget),
                points(p.walletBaseline, p.walletTarget)}});
    }

    void swot()
    {
        const Plan &p = m_r.content.plan;
        const std::array<std::tuple<QString, QString, QColor>, 4> quadrants{{
            {PlanPdf::tr("Strengths"), p.strengths, QColor(0x2e, 0x7d, 0x32)},
            {PlanPdf::tr("Weaknesses"), p.weaknesses, QColor(0xc6, 0x28, 0x28)},
            {PlanPdf::tr("Opportunities"), p.opportunities, QColor(0x15, 0x65, 0xc0)},
            {PlanPdf::tr("Threats"), p.threats, QColor(0xef, 0x6c, 0x00)},
        }};
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellSpacing(docLength(6));
        f.setCellPadding(docLength(8));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                     QTextLength(QTextLength::PercentageLength, 50)});
        block(QTextBlockFormat(), text());
        QTextTable *t = m_cursor.insertTable(2, 2, f);
        for (int i = 0; i < 4; ++i) {
            const auto &[title, body, color] = quadrants[size_t(i)];
            QTextTableCell cell = t->cellAt(i / 2, i % 2);
            QTextTableCellFormat cf;
            QColor pale = color;
            pale.setAlphaF(1);
            cf.setBackground(QColor::fromHsvF(pale.hsvHueF(), 0.06, 1.0));
            cf.setTopBorder(docLength(3));
            cf.setTopBorderBrush(color);
            cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setFormat(cf);
            QTextCursor c = cell.firstCursorPosition();
            c.insertText(title, text(11, true, color));
            const QStringList lines = body.trimmed().isEmpty() ? QStringList{PlanPdf::tr("None noted.")}
                                                               : body.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                QTextBlockFormat bf;
                bf.setTopMargin(docLength(4));
                bf.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
                c.insertBlock(bf, text(9));
                c.insertText(line);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void objectives()
    {
        std::vector<QStringList> rows;
        for (const PlanObjective &o : m_r.content.objectives)
            rows.push_back({QString::number(rows.size() + 1), o.title, o.measure, o.baseline, o.target,
                            percent(o.progress)});
        if (rows.empty())
            return paragraph(PlanPdf::tr("No objectives set."), kMuted);
        table({{QStringLiteral("#"), 5, Qt::AlignRight}, {PlanPdf::tr("Objective"), 30}, {PlanPdf::tr("Measure"), 27},
               {PlanPdf::tr("Baseline"), 12, Qt::AlignRight}, {PlanPdf::tr("Target"), 13, Qt::AlignRight},
               {PlanPdf::tr("Progress"), 13, Qt::AlignRight}},
              rows);
    }

    void actions()
    {
        QHash<QString, int> objectiveNumber;
        for (size_t i = 0; i < m_r.content.objectives.size(); ++i)
            objectiveNumber.insert(m_r.content.objectives[i].meta.id, int(i) + 1);
        std::vector<QStringList> rows;
        for (const PlanAction &a : m_r.content.actions)
            rows.push_back({QString::number(rows.size() + 1), a.title,
                            objectiveNumber.contains(a.objectiveId) ? QString::number(objectiveNumber.value(a.objectiveId))
                                                                    : QStringLiteral("–"),
                            m_r.userNames.value(a.ownerId), shortDate(a.dueOn), enumLabel(a.status)});
        if (rows.empty())
            return paragraph(PlanPdf::tr("No actions planned."), kMuted);
        table({{QStringLiteral("#"), 5, Qt::AlignRight}, {PlanPdf::tr("Action"), 41},
               {PlanPdf::tr("Objective"), 13, Qt::AlignCenter}, {PlanPdf::tr("Owner"), 13},
               {PlanPdf::tr("Due"), 14, Qt::AlignRight}, {PlanPdf::tr("Status"), 14}},
              rows);
    }

    void whitespace()
    {
        const std::vector<WhitespaceCell> &cells = m_r.content.whitespace;
        if (cells.empty())
            return paragraph(PlanPdf::tr("No whitespace analysis."), kMuted);
        QStringList lines;
        QStringList segments;
        for (const WhitespaceCell &c : cells) {
            if (!lines.contains(c.productLine))
                lines << c.productLine;
            if (!segments.contains(c.segment))
                segments << c.segment;
        }
        // The account first, then its branches and buying centres by name, as in the editor.
        std::stable_sort(segments.begin(), segments.end(), [&](const QString &a, const QString &b) {
            const QString &account = m_r.content.plan.accountId;
            if ((a == account) != (b == account))
                return a == account;
            return QString::localeAwareCompare(m_r.segmentName(a), m_r.segmentName(b)) < 0;
        });
        QHash<QString, const WhitespaceCell *> at;
        for (const WhitespaceCell &c : cells)
            at.insert(c.segment + QChar(0) + c.productLine, &c);
        const QString &currency = m_r.content.plan.currency;
        std::vector<Column> columns{{PlanPdf::tr("Branch or buying centre"), 22}};
        for (const QString &line : std::as_const(lines))
            columns.push_back({line, 78.0 / qreal(lines.size()), Qt::AlignCenter});
        std::vector<QStringList> rows;
        for (const QString &segment : std::as_const(segments)) {
            QStringList row{m_r.segmentName(segment)};
            for (const QString &line : std::as_const(lines)) {
                const WhitespaceCell *c = at.value(segment + QChar(0) + line);
                QString value;
                if (c) {
                    value = c->state == Whitespace::Competitor ? c->competitor : enumLabel(c->state);
                    if (c->valueMinor > 0)
                        value += QChar(u'\n') + money(c->valueMinor, currency);
                }
                row << value;
            }
            rows.push_back(row);
        }
        table(columns, rows, [&](int row, int column) {
            if (column == 0)
                return QColor();
            const WhitespaceCell *c = at.value(segments[row] + QChar(0) + lines[column - 1]);
            return c ? whitespaceColor(c->state) : QColor(Qt::white);
        });
        // The legend: one coloured cell per state.
        std::vector<Column> legend;
        for (const auto &e : enumEntries<Whitespace>())
            legend.push_back({enumLabel(e.value), 25, Qt::AlignCenter});
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellSpacing(docLength(4));
        f.setCellPadding(docLength(3));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 60));
        block(QTextBlockFormat(), text());
        QTextTable *t = m_cursor.insertTable(1, int(legend.size()), f);
        for (size_t i = 0; i < legend.size(); ++i) {
            QTextTableCell cell = t->cellAt(0, int(i));
            QTextTableCellFormat cf;
            cf.setBackground(whitespaceColor(enumEntries<Whitespace>()[i].value));
            cell.setFormat(cf);
            QTextCursor c = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(Qt::AlignCenter);
            c.setBlockFormat(bf);
            c.insertText(legend[i].header, text(7.5));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void relationshipMap()
    {
        if (m_r.contacts.empty()) {
            paragraph(PlanPdf::tr("No contacts recorded."), kMuted);
        } else {
            QRectF bounds;
            for (const Contact &c : m_r.contacts)
                if (m_r.mapLayout.contains(c.meta.id))
                    bounds |= contactNodeRect(c).translated(m_r.mapLayout.value(c.meta.id));
            const qreal scale = std::min(1.0, m_body.width() / std::max<qreal>(bounds.width(), 1));
            const qreal legend = 24 + kLegendGap;
            figure(Figure::Map, std::min(m_body.height() * 0.78, bounds.height() * scale + legend));
        }
        caption(PlanPdf::tr("Coverage"));
        paragraph(m_r.coverageWarnings.isEmpty() ? PlanPdf::tr("No gaps: a champion and the decision makers are covered.")
                                                 : m_r.coverageWarnings.join(u'\n'));
    }

    void risks()
    {
        std::vector<QStringList> rows;
        std::vector<int> exposure;
        for (const PlanRisk &r : m_r.content.risks) {
            rows.push_back({r.title, QString::number(r.likelihood), QString::number(r.impact),
                            QString::number(r.exposure()), r.mitigation});
            exposure.push_back(r.exposure());
        }
        if (rows.empty())
            return paragraph(PlanPdf::tr("No risks recorded."), kMuted);
        table({{PlanPdf::tr("Risk"), 29}, {PlanPdf::tr("Likelihood"), 13, Qt::AlignCenter},
               {PlanPdf::tr("Impact"), 10, Qt::AlignCenter}, {PlanPdf::tr("Exposure"), 12, Qt::AlignCenter},
               {PlanPdf::tr("Mitigation"), 36}},
              rows, [&](int row, int column) {
                  if (column != 3)
                      return QColor();
                  const int e = exposure[size_t(row)];
                  return e >= 15 ? QColor(0xf8, 0xc9, 0xc4) : e >= 8 ? QColor(0xfd, 0xe5, 0xb8) : QColor(0xd4, 0xed, 0xd6);
              });
    }

    const PlanReport &m_r;
    QTextDocument &m_doc;
    QTextCursor m_cursor;
    QSizeF m_body; ///< in points
    std::vector<Section> m_sections;
};

// --- pages ---------------------------------------------------------------------------------

struct PageFrame
{
    QRectF page;
    QRectF body;
    int total = 0;
};

void drawText(QPainter &p, const QRectF &rect, int flags, const QString &s, const QFont &font, const QColor &color)
{
    p.setFont(font);
    p.setPen(color);
    p.drawText(rect, flags, s);
}

QString headerTitle(const PlanReport &r)
{
    return PlanPdf::tr("%1 · %2").arg(displayName(r.account), r.content.plan.title);
}

void paintHeaderFooter(QPainter &p, const PageFrame &frame, const PlanReport &r, int pageNumber)
{
    const QRectF &page = frame.page;
    const qreal left = frame.body.left();
    const qreal width = frame.body.width();
    const QFont small = reportFont(7.5);
    const QFontMetricsF fm(small, p.device());
    const qreal headerY = mm(11);
    const QString right = PlanPdf::tr("%1 · %2").arg(planPeriodLabel(r.content.plan.period),
                                                   enumLabel(r.content.plan.status));
    const qreal rightWidth = fm.horizontalAdvance(right);
    drawText(p, QRectF(left, headerY, width - rightWidth - pt(12), pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(headerTitle(r), Qt::ElideRight, width - rightWidth - pt(12)), small, kMuted);
    drawText(p, QRectF(left, headerY, width, pt(12)), Qt::AlignRight | Qt::AlignVCenter, right, small, kMuted);
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(left, headerY + pt(14)), QPointF(left + width, headerY + pt(14)));

    const qreal footerY = page.bottom() - mm(13);
    p.drawLine(QPointF(left, footerY), QPointF(left + width, footerY));
    drawText(p, QRectF(left, footerY + pt(3), width, pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
             PlanPdf::tr("Confidential · prepared with KAM Desk on %1")
                 .arg(QLocale().toString(r.asOf, QLocale::ShortFormat)),
             small, kMuted);
    drawText(p, QRectF(left, footerY + pt(3), width, pt(12)), Qt::AlignRight | Qt::AlignVCenter,
             PlanPdf::tr("%1 / %2").arg(pageNumber).arg(frame.total), small, kMuted);
}

void paintCover(QPainter &p, const PageFrame &frame, const PlanReport &r)
{
    const Plan &plan = r.content.plan;
    const QRectF &page = frame.page;
    const qreal left = frame.body.left();
    const qreal width = frame.body.width();
    const QRectF band(0, 0, page.width(), page.height() * 0.42);
    p.fillRect(band, kAccent);
    p.fillRect(QRectF(0, band.bottom(), page.width(), pt(4)), kBar);

    qreal y = mm(40);
    drawText(p, QRectF(left, y, width, pt(14)), Qt::AlignLeft, PlanPdf::tr("KEY ACCOUNT PLAN"),
             reportFont(10, true), QColor(0xb8, 0xc7, 0xda));
    y += pt(26);
    const QFont big = reportFont(28, true);
    const QRectF nameRect = QFontMetricsF(big, p.device())
                                .boundingRect(QRectF(left, y, width, band.bottom() - y), Qt::TextWordWrap,
                                              displayName(r.account));
    drawText(p, QRectF(left, y, width, nameRect.height()), Qt::TextWordWrap, displayName(r.account), big, Qt::white);
    y += nameRect.height() + pt(10);
    drawText(p, QRectF(left, y, width, pt(40)), Qt::TextWordWrap, plan.title, reportFont(14), Qt::white);
    y += pt(44);
    drawText(p, QRectF(left, y, width, pt(20)), Qt::AlignLeft, planPeriodLabel(plan.period), reportFont(14, true),
             QColor(0xb8, 0xc7, 0xda));

    QStringList industryAndRegion;
    for (const QString &part : {r.account.industry, r.account.region})
        if (!part.isEmpty())
            industryAndRegion << part;
    const QList<std::pair<QString, QString>> facts{
        {PlanPdf::tr("Account"), r.account.legalName},
        {PlanPdf::tr("Industry and region"), industryAndRegion.join(QStringLiteral(" · "))},
        {PlanPdf::tr("Period"), planPeriodLabel(plan.period)},
        {PlanPdf::tr("Plan owner"), r.userNames.value(plan.ownerId, QStringLiteral("–"))},
        {PlanPdf::tr("Status"), PlanPdf::tr("%1, version %2").arg(enumLabel(plan.status)).arg(plan.version)},
        {PlanPdf::tr("Date"), QLocale().toString(r.asOf, QLocale::LongFormat)},
    };
    y = band.bottom() + mm(18);
    const QFont label = reportFont(8.5);
    const QFont value = reportFont(11);
    for (const auto &[name, text] : facts) {
        drawText(p, QRectF(left, y, width * 0.3, pt(16)), Qt::AlignLeft | Qt::AlignVCenter, name, label, kMuted);
        drawText(p, QRectF(left + width * 0.3, y, width * 0.7, pt(16)), Qt::AlignLeft | Qt::AlignVCenter,
                 QFontMetricsF(value, p.device()).elidedText(text, Qt::ElideRight, width * 0.7), value, kInk);
        y += pt(16);
        p.setPen(QPen(kRule, pt(0.5)));
        p.drawLine(QPointF(left, y + pt(3)), QPointF(left + width, y + pt(3)));
        y += pt(9);
    }
    drawText(p, QRectF(left, page.bottom() - mm(20), width, pt(12)), Qt::AlignLeft,
             PlanPdf::tr("Confidential · prepared with KAM Desk"), reportFont(7.5), kMuted);
}

void paintContents(QPainter &p, const PageFrame &frame, const std::vector<std::pair<QString, int>> &entries)
{
    const qreal left = frame.body.left();
    const qreal width = frame.body.width();
    qreal y = frame.body.top();
    drawText(p, QRectF(left, y, width, pt(28)), Qt::AlignLeft | Qt::AlignVCenter, PlanPdf::tr("Contents"),
             reportFont(20, true), kAccent);
    y += pt(44);
    const QFont font = reportFont(11);
    const QFontMetricsF fm(font, p.device());
    for (size_t i = 0; i < entries.size(); ++i) {
        const QString number = QString::number(i + 1);
        const QString page = QString::number(entries[i].second);
        const QString title = entries[i].first;
        drawText(p, QRectF(left, y, pt(24), pt(18)), Qt::AlignLeft | Qt::AlignVCenter, number, font, kAccent);
        drawText(p, QRectF(left + pt(24), y, width, pt(18)), Qt::AlignLeft | Qt::AlignVCenter, title, font, kInk);
        drawText(p, QRectF(left, y, width, pt(18)), Qt::AlignRight | Qt::AlignVCenter, page, font, kInk);
        // Dotted leader from the title to the page number.
        const qreal from = left + pt(24) + fm.horizontalAdvance(title) + pt(6);
        const qreal to = left + width - fm.horizontalAdvance(page) - pt(6);
        p.setPen(QPen(kRule, pt(1), Qt::DotLine));
        if (to > from)
            p.drawLine(QPointF(from, y + pt(13)), QPointF(to, y + pt(13)));
        y += pt(26);
    }
}

} // namespace

QString safeFileName(const QString &name)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    return QString(name).replace(refused, QStringLiteral("_")).trimmed();
}

Result<int> writePlanPdf(const PlanReport &report, const QString &file, const PlanPdfOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(report.content.plan.title);
        writer.setCreator(QStringLiteral("KAM Desk"));

        PageFrame frame;
        frame.page = QRectF(0, 0, writer.width(), writer.height());
        frame.body = frame.page.adjusted(mm(18), mm(24), -mm(18), -mm(22));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(reportFont(9.5));
        doc.setPageSize(frame.body.size());
        FigureObjects figures(report);
        doc.documentLayout()->registerHandler(kFigureObject, &figures);
        BodyBuilder builder(report, doc, frame.body.size() / kPointsToDevice);
        builder.build();

        // Cover and contents come first; each section's page follows from the body's layout.
        constexpr int kFrontPages = 2;
        const int bodyPages = doc.pageCount();
        frame.total = kFrontPages + bodyPages;
        std::vector<std::pair<QString, int>> contents;
        for (const BodyBuilder::Section &s : builder.sections()) {
            // The layout counts in 1/64 units: a block at a page's top may sit a hair above it.
            const qreal top = doc.documentLayout()->blockBoundingRect(doc.findBlock(s.position)).top();
            contents.emplace_back(s.title, kFrontPages + 1 + int(top / frame.body.height() + 1e-3));
        }

        QPainter p;
        if (!p.begin(&writer))
            return makeError(ErrorCode::Io, PlanPdf::tr("Cannot start the PDF of %1.").arg(report.content.plan.title));
        paintCover(p, frame, report);
        writer.newPage();
        paintHeaderFooter(p, frame, report, 2);
        paintContents(p, frame, contents);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, kInk);
        for (int i = 0; i < bodyPages; ++i) {
            writer.newPage();
            paintHeaderFooter(p, frame, report, kFrontPages + 1 + i);
            p.save();
            p.translate(frame.body.left(), frame.body.top() - i * frame.body.height());
            context.clip = QRectF(0, i * frame.body.height(), frame.body.width(), frame.body.height());
            p.setClipRect(context.clip);
            doc.documentLayout()->draw(&p, context);
            p.restore();
        }
        p.end();
        pages = frame.total;
    }
    QByteArray pdf = buffer.data();
    fixPdfRadicals(pdf, {reportFont(10), reportFont(10, true)});

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return makeError(ErrorCode::Io,
                         PlanPdf::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return pages;
}

Result<int> exportPlanPdf(const Store &store, const QString &planId, const QString &file, const PlanPdfOptions &options)
{
    Result<PlanReport> report = loadPlanReport(store, planId);
    if (!report)
        return report.error();
    return writePlanPdf(*report, file, options);
}

Result<PlanPdfBatch> exportPlansPdf(const QString &storePath, const QStringList &planIds, const QString &folder,
                                    const PlanPdfOptions &options, const PlanPdfProgress &progress)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::NotFound,
                         PlanPdf::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    Result<std::unique_ptr<Store>> store = Store::open(storePath);
    if (!store)
        return store.error();
    PlanPdfBatch batch;
    QSet<QString> names;
    for (qsizetype i = 0; i < planIds.size(); ++i) {
        Result<PlanReport> report = loadPlanReport(**store, planIds[i]);
        const QString title = report ? report->content.plan.title : planIds[i];
        if (progress && !progress(int(i), int(planIds.size()), title)) {
            batch.cancelled = true;
            break;
        }
        if (!report) {
            batch.failures << PlanPdf::tr("%1: %2").arg(title, report.error().message);
            continue;
        }
        // One file per plan, however the accounts are named.
        const QString base = safeFileName(QStringLiteral("%1 %2").arg(displayName(report->account), report->content.plan.period));
        QString name = base;
        for (int n = 2; names.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names.insert(name.toCaseFolded());
        const QString file = dir.filePath(name + QStringLiteral(".pdf"));
        if (Result<int> written = writePlanPdf(*report, file, options); written)
            batch.files << file;
        else
            batch.failures << PlanPdf::tr("%1: %2").arg(title, written.error().message);
    }
    if (progress && !batch.cancelled)
        progress(int(planIds.size()), int(planIds.size()), {});
    return batch;
}

} // namespace kam

#include "plan_pdf.moc"
