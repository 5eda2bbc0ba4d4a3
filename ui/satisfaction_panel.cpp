// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction_panel.h"

#include "chart_helpers.h"
#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "itemmodels/satisfaction_model.h"
#include "satisfaction_dialog.h"
#include "store/health_facts.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace kam {

namespace {

/// Colours of the dimension lines, in the order of the dimensions; the overall score and the
/// NPS have their own.
const QColor kDimensionColors[]
    = { QColor(0x00, 0x89, 0x7b), QColor(0xef, 0x8f, 0x00), QColor(0x8e, 0x24, 0xaa),
        QColor(0x6d, 0x4c, 0x41), QColor(0xd8, 0x1b, 0x60), QColor(0x7c, 0xb3, 0x42),
        QColor(0x54, 0x6e, 0x7a), QColor(0x03, 0x9b, 0xe5) };
const QColor kOverallColor(0x0d, 0x47, 0xa1);
const QColor kNpsColor(0x37, 0x47, 0x4f);
/// Comments one tooltip shows at most, and how long each may be.
constexpr int kTooltipComments = 5;
constexpr int kTooltipCommentLength = 160;

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

SatisfactionPanel::SatisfactionPanel(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_model(new SatisfactionModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_npsValue(new QLabel(this))
    , m_npsDetail(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_charts(new QStackedWidget(m_splitter))
    , m_chart(new QChart)
    , m_quarterAxis(new QBarCategoryAxis)
    , m_scoreAxis(new QValueAxis)
    , m_npsAxis(new QValueAxis)
    , m_table(new QTableView(m_splitter))
{
    setObjectName(QStringLiteral("satisfactionPanel"));

    m_npsValue->setObjectName(QStringLiteral("satisfactionNps"));
    QFont big = m_npsValue->font();
    big.setBold(true);
    if (big.pointSizeF() > 0) // a font set in pixels has no point size
        big.setPointSizeF(big.pointSizeF() * 1.25);
    m_npsValue->setFont(big);
    m_npsDetail->setObjectName(QStringLiteral("satisfactionNpsDetail"));
    m_npsDetail->setWordWrap(true);
    m_npsDetail->setToolTip(tr("Net Promoter Score: the share of promoters (9–10) minus the share "
                               "of detractors (0–6) among those who answered, from −100 to 100"));
    m_npsValue->setToolTip(m_npsDetail->toolTip());

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_add = button(tr("&Add response…"), "addSatisfactionButton");
    m_edit = button(tr("&Edit…"), "editSatisfactionButton");
    m_delete = button(tr("&Delete"), "deleteSatisfactionButton");

    // The trend: scores on 1…5 at the left, the NPS on its own −100…100 scale at the right.
    m_chart->setLocalizeNumbers(true);
    // The legend is a wrapping label under the chart: QChart's own elides the names in a narrow
    // tab at the bottom, and at the right it leaves the quarters too little room.
    m_chart->legend()->hide();
    m_scoreAxis->setRange(1, kMaxSatisfaction);
    m_scoreAxis->setTickCount(kMaxSatisfaction);
    m_scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_scoreAxis->setTitleText(tr("Score (1–5)"));
    m_npsAxis->setRange(-100, 100);
    m_npsAxis->setTickCount(5); // its grid lines fall on the score axis's
    m_npsAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_npsAxis->setTitleText(tr("NPS"));
    m_npsAxis->setGridLineVisible(false);
    m_chart->addAxis(m_quarterAxis, Qt::AlignBottom);
    connect(m_chart, &QChart::plotAreaChanged, this, &SatisfactionPanel::fitQuarterLabels);
    m_chart->addAxis(m_scoreAxis, Qt::AlignLeft);
    m_chart->addAxis(m_npsAxis, Qt::AlignRight);
    m_chartView = makeChartView(m_chart, m_charts);
    m_chartView->setObjectName(QStringLiteral("satisfactionChart"));
    m_legend = new QLabel(m_charts);
    m_legend->setObjectName(QStringLiteral("satisfactionLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    auto *chartPage = new QWidget(m_charts);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_legend);
    m_emptyState = makeEmptyState(QString(), m_charts);
    m_emptyState->setObjectName(QStringLiteral("satisfactionEmptyState"));
    m_charts->addWidget(chartPage);
    m_charts->addWidget(m_emptyState);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SatisfactionModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    setupRowView(m_table, "satisfactionTable");
    m_table->setAccessibleName(tr("Satisfaction responses"));
    m_table->setModel(m_proxy);
    addCsvExport(m_table, tr("satisfaction"), *m_store);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SatisfactionModel::Date, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (const int c :
         { SatisfactionModel::Date, SatisfactionModel::Source, SatisfactionModel::Recommend,
           SatisfactionModel::Category, SatisfactionModel::Satisfaction })
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SatisfactionModel::Comment, QHeaderView::Stretch);
    m_table->setColumnWidth(SatisfactionModel::AccountName, 140);
    m_table->setColumnWidth(SatisfactionModel::Contact, 110);
    m_table->setColumnWidth(SatisfactionModel::Dimensions, 300);

    m_splitter->setObjectName(QStringLiteral("satisfactionSplitter"));
    m_splitter->addWidget(m_charts);
    m_splitter->addWidget(m_table);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 600, 400 }); // scaled to the room there is: the chart gets the most
    m_table->setMinimumHeight(120);

    connect(m_add, &QPushButton::clicked, this, &SatisfactionPanel::addResponse);
    connect(m_edit, &QPushButton::clicked, this, &SatisfactionPanel::editResponse);
    connect(m_delete, &QPushButton::clicked, this, &SatisfactionPanel::deleteResponse);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &SatisfactionPanel::editResponse);
    connect(new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &SatisfactionPanel::deleteResponse);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SatisfactionPanel::updateButtons);
    const auto shownChanged = [this] {
        updateSummary();
        updateChart();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, shownChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, shownChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, shownChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, shownChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, shownChanged);

    auto *summary = new QVBoxLayout;
    summary->setSpacing(0);
    summary->addWidget(m_npsValue);
    summary->addWidget(m_npsDetail);
    auto *top = new QHBoxLayout;
    top->addLayout(summary, 1);
    top->addWidget(m_add, 0, Qt::AlignTop);
    top->addWidget(m_edit, 0, Qt::AlignTop);
    top->addWidget(m_delete, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    shownChanged();
}

void SatisfactionPanel::setAccount(const QString &accountId, const QStringList &branchIds)
{
    m_accountId = accountId;
    const QStringList shown
        = accountId.isEmpty() ? QStringList() : QStringList { accountId } + branchIds;
    if (Result<void> r = m_model->setAccounts(shown); !r)
        warn(r.error().message);
    m_table->setColumnHidden(SatisfactionModel::AccountName, branchIds.isEmpty());
    updateButtons();
}

QString SatisfactionPanel::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SatisfactionModel::IdRole).toString() : QString();
}

void SatisfactionPanel::updateButtons()
{
    const bool selected = m_table->selectionModel()->currentIndex().isValid();
    m_add->setEnabled(!m_accountId.isEmpty());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SatisfactionPanel::updateSummary()
{
    const analytics::NpsSummary nps = m_model->nps();
    const int notAnswered = nps.responses - nps.answered;
    QStringList parts;
    if (const std::optional<double> value = nps.nps()) {
        m_npsValue->setText(tr("NPS %1").arg(analytics::formatNps(*value)));
        parts << tr("%Ln promoter(s)", nullptr, nps.promoters)
              << tr("%Ln passive(s)", nullptr, nps.passives)
              << tr("%Ln detractor(s)", nullptr, nps.detractors);
    } else {
        // Nobody rated the likelihood to recommend: there is no NPS, which is not an NPS of 0.
        m_npsValue->setText(tr("NPS: no answers yet"));
    }
    if (notAnswered > 0)
        parts << tr("%Ln not answered", nullptr, notAnswered);
    analytics::ScoreAverage overall;
    for (const SatisfactionResponse &r : m_model->responses())
        if (r.satisfaction > 0)
            overall.add(r.satisfaction);
    // A narrow tab wraps between the counts, not inside one ("2 not / answered").
    for (QString &part : parts)
        part.replace(u' ', QChar::Nbsp);
    QString text = parts.join(QStringLiteral(" · "));
    if (const std::optional<double> mean = overall.mean()) {
        // Its own line: joined to the counts it wraps in the middle of a narrow tab.
        text += u'\n';
        text += tr("Overall satisfaction %1 of %2 (%Ln rating(s))", nullptr, overall.count)
                    .arg(oneDecimal(*mean), QLocale().toString(kMaxSatisfaction));
    }
    m_npsDetail->setText(text.trimmed());
}

void SatisfactionPanel::updateChart()
{
    // Every quarter from the first to the last, those without responses too: the axis is
    // time, and a quiet quarter left out would make two quarters look like one step.
    m_quarters.clear();
    for (analytics::QuarterSatisfaction &q : m_model->byQuarter()) {
        while (!m_quarters.empty()
               && m_quarters.back().quarterStart.addMonths(3) < q.quarterStart) {
            analytics::QuarterSatisfaction quiet;
            quiet.quarterStart = m_quarters.back().quarterStart.addMonths(3);
            m_quarters.push_back(std::move(quiet));
        }
        m_quarters.push_back(std::move(q));
    }
    m_chart->removeAllSeries();
    QStringList labels;
    for (const analytics::QuarterSatisfaction &q : m_quarters)
        labels << analytics::quarterLabel(q.quarterStart);
    m_quarterAxis->setCategories(labels);

    const auto addLine = [this](const QString &name, const QPen &pen, QValueAxis *axis,
                                const auto &valueOf) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(pen.widthF() + 4);
        for (int i = 0; i < int(m_quarters.size()); ++i)
            if (const std::optional<double> value = valueOf(m_quarters[size_t(i)]))
                line->append(i, *value);
        if (line->count() == 0) {
            delete line; // nothing rated it: no empty entry in the legend
            return;
        }
        m_chart->addSeries(line);
        line->attachAxis(m_quarterAxis);
        line->attachAxis(axis);
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), quarterToolTip(qRound(point.x())), m_chartView);
            else
                QToolTip::hideText();
        });
    };

    addLine(tr("Overall satisfaction"), QPen(kOverallColor, 3), m_scoreAxis,
            [](const analytics::QuarterSatisfaction &q) { return q.satisfaction.mean(); });
    // The configured dimensions in their order, then any others the responses rate.
    Result<QStringList> configured = satisfactionDimensions(*m_store);
    QStringList keys = configured ? std::move(configured).value() : defaultDimensions();
    QStringList others;
    for (const analytics::QuarterSatisfaction &q : m_quarters)
        for (auto it = q.dimensions.cbegin(); it != q.dimensions.cend(); ++it)
            if (!keys.contains(it.key()) && !others.contains(it.key()))
                others << it.key();
    others.sort();
    keys += others;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const QString key = keys[k];
        const QColor color = kDimensionColors[size_t(k) % std::size(kDimensionColors)];
        addLine(dimensionLabel(key), QPen(color, 1.5), m_scoreAxis,
                [key](const analytics::QuarterSatisfaction &q) -> std::optional<double> {
                    const auto it = q.dimensions.constFind(key);
                    return it == q.dimensions.cend() ? std::nullopt : it->mean();
                });
    }
    addLine(tr("NPS (right axis)"), QPen(kNpsColor, 2, Qt::DashLine), m_npsAxis,
            [](const analytics::QuarterSatisfaction &q) { return q.nps.nps(); });

    if (m_model->rowCount() == 0) {
        m_emptyState->setText(m_accountId.isEmpty()
                                  ? tr("Choose an account to see its satisfaction.")
                                  : tr("No satisfaction responses yet.\nAdd one after a survey, a "
                                       "visit or a service case to start the trend."));
        m_charts->setCurrentWidget(m_emptyState);
    } else if (m_chart->series().isEmpty()) {
        m_emptyState->setText(tr("These responses rate nothing yet, so there is no trend to draw.\n"
                                 "Edit one to add its scores."));
        m_charts->setCurrentWidget(m_emptyState);
    } else {
        m_charts->setCurrentWidget(m_chartView->parentWidget());
    }
    // Each entry kept whole (no-break spaces inside), the entries wrapping between them.
    QStringList entries;
    for (QAbstractSeries *series : m_chart->series()) {
        const auto *line = static_cast<QLineSeries *>(series);
        entries << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                       .arg(line->pen().color().name(),
                            line->pen().style() == Qt::DashLine ? QStringLiteral("╍╍")
                                                                : QStringLiteral("━━"),
                            line->name().toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;")));
    }
    m_legend->setText(entries.join(QStringLiteral(" &nbsp; &nbsp; ")));
    fitQuarterLabels();
}

void SatisfactionPanel::fitQuarterLabels()
{
    // Quarters that do not fit side by side get upright labels rather than elided ones (at -45°
    // QtCharts still elides "2025 年 Q2"). The decision rests on the plot's width, which turning
    // the labels does not change, so it settles.
    const QStringList labels = m_quarterAxis->categories();
    if (labels.isEmpty())
        return;
    const QFontMetrics metrics(m_quarterAxis->labelsFont());
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const bool fits
        = (widest + metrics.averageCharWidth() * 2) * labels.size() <= m_chart->plotArea().width();
    m_quarterAxis->setLabelsAngle(fits ? 0 : -90);
}

QString SatisfactionPanel::quarterToolTip(int index) const
{
    if (index < 0 || index >= int(m_quarters.size()))
        return {};
    const analytics::QuarterSatisfaction &q = m_quarters[size_t(index)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> · %2")
                 .arg(analytics::quarterLabel(q.quarterStart).toHtmlEscaped(),
                      tr("%Ln response(s)", nullptr, q.nps.responses).toHtmlEscaped());
    if (const std::optional<double> nps = q.nps.nps())
        lines << tr("NPS %1 (%Ln answer(s))", nullptr, q.nps.answered)
                     .arg(analytics::formatNps(*nps))
                     .toHtmlEscaped();
    else
        lines << tr("NPS: no answers").toHtmlEscaped();
    if (const std::optional<double> mean = q.satisfaction.mean())
        lines << tr("Overall satisfaction %1").arg(oneDecimal(*mean)).toHtmlEscaped();
    QStringList keys = q.dimensions.keys();
    keys.sort();
    QStringList dimensions;
    for (const QString &key : std::as_const(keys))
        if (const std::optional<double> mean = q.dimensions.value(key).mean())
            dimensions << tr("%1 %2", "a dimension and its average score, as in Quality 4.2")
                              .arg(dimensionLabel(key), oneDecimal(*mean));
    if (!dimensions.isEmpty())
        lines << dimensions.join(QStringLiteral(" · ")).toHtmlEscaped();
    for (qsizetype i = 0; i < q.comments.size() && i < kTooltipComments; ++i) {
        QString comment = q.comments[i];
        if (comment.size() > kTooltipCommentLength)
            comment = comment.left(kTooltipCommentLength - 1) + QChar(0x2026);
        lines << QStringLiteral("<i>%1</i>").arg(tr("“%1”").arg(comment).toHtmlEscaped());
    }
    if (q.comments.size() > kTooltipComments)
        lines << tr("… and %Ln more comment(s)", nullptr, int(q.comments.size() - kTooltipComments))
                     .toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

void SatisfactionPanel::addResponse()
{
    if (m_accountId.isEmpty())
        return;
    const QString id = SatisfactionDialog::addNew(m_history, m_accountId, this);
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void SatisfactionPanel::editResponse()
{
    if (const QString id = selectedId(); !id.isEmpty())
        if (Result<void> r = SatisfactionDialog::edit(m_history, id, this); !r)
            warn(r.error().message);
}

void SatisfactionPanel::deleteResponse()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Result<SatisfactionResponse> r = m_store->get<SatisfactionResponse>(id);
    if (!r) {
        warn(r.error().message);
        return;
    }
    if (Result<void> pushed
        = m_history->push(std::make_unique<DeleteCommand<SatisfactionResponse>>(m_history, *r));
        !pushed)
        warn(pushed.error().message);
    else
        emit message(tr("Deleted the satisfaction response of %1 (Undo brings it back)")
                         .arg(QLocale().toString(r->respondedOn, QLocale::ShortFormat)));
}

void SatisfactionPanel::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
