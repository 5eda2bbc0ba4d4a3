// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline_board.h"

#include "commands/store_commands.h"
#include "deal_dialog.h"
#include "deal_filter_bar.h"
#include "domain/stages.h"
#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"
#include "itemmodels/tone_colors.h"
#include "widget_helpers.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

namespace kam {

namespace {

constexpr int kColumnWidth = 250;
constexpr int kCardMargin = 4; ///< around a card, inside its item rect
constexpr int kCardPadding = 8; ///< inside a card, around its text
constexpr int kTitleLines = 2;

/// Height of a text line in `font`, tall enough for CJK glyphs, which come from a fallback
/// font with a larger ascent and descent than most Latin fonts.
int lineHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    return qMax(fm.height(), fm.boundingRect(QStringLiteral("华Ágy")).height()) + 1;
}

/// `text` wrapped into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight,
                                                   width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

/// Paints a deal as a card: account (bold), title (two lines), amount and close date (red when
/// overdue), owner. One fixed size for all, so the views can use uniformItemSizes.
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int lines = 3 + kTitleLines;
        return QSize(kColumnWidth - 24,
                     2 * (kCardMargin + kCardPadding) + lines * lineHeight(option.font) + 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QPalette &pal = option.palette;
        const QRect card
            = option.rect.adjusted(kCardMargin, kCardMargin, -kCardMargin, -kCardMargin);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        painter->fillPath(path, pal.color(QPalette::Base));
        painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                             selected ? 2 : 1));
        painter->drawPath(path);

        const QColor text = pal.color(QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.7f);
        const int lh = lineHeight(option.font);
        QRect line = card.adjusted(kCardPadding, kCardPadding, -kCardPadding, 0);
        line.setHeight(lh);
        const int width = line.width();
        const auto next = [&](int lines = 1) { line.translate(0, lh * lines + 1); };

        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const QString account = index.data(DealListModel::AccountNameRole).toString();
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(account, Qt::ElideRight, width));
        next();

        painter->setFont(option.font);
        const QStringList title
            = wrapped(index.data(Qt::DisplayRole).toString(), option.font, width, kTitleLines);
        for (const QString &l : title) {
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, l);
            next();
        }
        next(kTitleLines - int(title.size()));

        const QDate close = index.data(DealListModel::CloseDateRole).toDate();
        const QString closeText = QLocale().toString(close, QLocale::ShortFormat);
        const bool overdue = close.isValid() && close < QDate::currentDate();
        const QFontMetrics fm(option.font);
        const int closeWidth = fm.horizontalAdvance(closeText);
        const Money amount{index.data(DealListModel::AmountMinorRole).toLongLong(),
                           index.data(DealListModel::CurrencyRole).toString()};
        painter->setFont(bold);
        painter->drawText(line.adjusted(0, 0, -closeWidth - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(formatMoney(amount), Qt::ElideRight,
                                                        width - closeWidth - 6));
        painter->setFont(option.font);
        painter->setPen(
            overdue ? toneText(Tone::Bad, pal) : muted);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, closeText);
        next();

        painter->setPen(muted);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(DealListModel::OwnerNameRole).toString(),
                                        Qt::ElideRight, width));
        painter->restore();
    }
};

/// A zone at the right of the board that closes the deals dropped on it.
class DropZone : public QLabel
{
public:
    DropZone(const QString &title, const QString &hint,
             std::function<void(const QStringList &)> dropped, QWidget *parent)
        : QLabel(parent)
        , m_dropped(std::move(dropped))
    {
        setTextFormat(Qt::RichText);
        setText(
            QStringLiteral("<b>%1</b><br><br>%2").arg(title.toHtmlEscaped(), hint.toHtmlEscaped()));
        setAccessibleName(title);
        setAcceptDrops(true);
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setMargin(8);
        setFrameShape(QFrame::StyledPanel);
        setFixedWidth(140);
        setHighlighted(false);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (DealListModel::dealIds(event->mimeData()).isEmpty())
            return;
        event->acceptProposedAction();
        setHighlighted(true);
    }
    void dragLeaveEvent(QDragLeaveEvent *) override { setHighlighted(false); }
    void dropEvent(QDropEvent *event) override
    {
        setHighlighted(false);
        const QStringList ids = DealListModel::dealIds(event->mimeData());
        if (ids.isEmpty())
            return;
        event->acceptProposedAction();
        // Closing may ask for a reason; a dialog is not shown from inside the drop handler,
        // where some platforms still hold the drag.
        QMetaObject::invokeMethod(
            this, [this, ids] { m_dropped(ids); }, Qt::QueuedConnection);
    }

private:
    void setHighlighted(bool on)
    {
        setBackgroundRole(on ? QPalette::Highlight : QPalette::AlternateBase);
        setForegroundRole(on ? QPalette::HighlightedText : QPalette::Text);
        setAutoFillBackground(true);
    }

    std::function<void(const QStringList &)> m_dropped;
};

} // namespace

/// One column's deals: those of its stage, by expected close. A drop moves the deals here.
class StageColumnProxy : public QSortFilterProxyModel
{
public:
    /// `drop` moves a deal to this stage and says whether it did.
    StageColumnProxy(DealListModel *model, QString stageId,
                     std::function<bool(const QString &)> drop, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
        , m_stageId(std::move(stageId))
        , m_drop(std::move(drop))
    {
        setSourceModel(model);
        setSortRole(DealListModel::CloseDateRole);
        sort(0);
    }

    bool canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                         const QModelIndex &) const override
    {
        return !foreignDeals(data).isEmpty();
    }

    bool dropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) override
    {
        const QStringList ids = foreignDeals(data);
        for (const QString &id : ids)
            if (!m_drop(id))
                return false;
        return !ids.isEmpty();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return m_model->deal(sourceRow)->stageId == m_stageId;
    }

private:
    /// The dropped deals that are in another stage: dropping a card on its own column is nothing.
    QStringList foreignDeals(const QMimeData *data) const
    {
        QStringList ids;
        for (const QString &id : DealListModel::dealIds(data))
            if (const Opportunity *d = m_model->deal(m_model->rowOf(id));
                d && d->stageId != m_stageId)
                ids << id;
        return ids;
    }

    DealListModel *m_model;
    QString m_stageId;
    std::function<bool(const QString &)> m_drop;
};

PipelineBoard::PipelineBoard(PipelineSource *source, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_history(history)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    // The model first: it must follow a reload before the bar and the columns look at it.
    m_model = new DealListModel(source, this);
    m_model->setOpenOnly(true);
    m_bar = new DealFilterBar(source, this);
    m_model->setFilter(m_bar->filter());
    connect(m_bar, &DealFilterBar::filterChanged, m_model, &DealListModel::setFilter);

    m_newDeal = new QPushButton(tr("&New deal…"), this);
    m_newDeal->setObjectName(QStringLiteral("newDealButton"));
    connect(m_newDeal, &QPushButton::clicked, this,
            [this] { openDealDialog(m_source, m_history, Opportunity{}, this); });
    m_error = makeErrorLabel("boardError", this);

    m_cards = new CardDelegate(this);
    auto *host = new QWidget;
    m_columnsLayout = new QHBoxLayout(host);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto *zones = new QVBoxLayout;
    auto *won = new DropZone(
        tr("Won"), tr("Drop a deal here to close it as won"),
        [this](const QStringList &ids) { closeDeals(ids, DealStatus::Won); }, host);
    won->setObjectName(QStringLiteral("wonDropZone"));
    auto *lost = new DropZone(
        tr("Lost"), tr("Drop a deal here to close it as lost"),
        [this](const QStringList &ids) { closeDeals(ids, DealStatus::Lost); }, host);
    lost->setObjectName(QStringLiteral("lostDropZone"));
    zones->addWidget(won, 1);
    zones->addWidget(lost, 1);
    m_columnsLayout->addLayout(zones);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidget(host);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_bar, 1);
    top->addWidget(m_newDeal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    m_lostReason = [this](const Opportunity &deal) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Deal Lost"), tr("Why was “%1” lost? (may stay empty)").arg(deal.title),
            QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(reason.trimmed()) : std::nullopt;
    };

    // After the model (connected first) has followed the change, with the column proxies.
    connect(source, &PipelineSource::reloaded, this, [this] {
        rebuildColumnsIfStagesChanged();
        updateTotals();
    });
    connect(m_bar, &DealFilterBar::filterChanged, this, &PipelineBoard::updateTotals);
    rebuildColumnsIfStagesChanged();
    updateTotals();
}

PipelineBoard::~PipelineBoard() = default;

QListView *PipelineBoard::column(const QString &stageId) const
{
    for (const Column &c : m_columns)
        if (c.stageId == stageId)
            return c.view;
    return nullptr;
}

void PipelineBoard::rebuildColumnsIfStagesChanged()
{
    const std::vector<Stage> &stages = m_source->pipeline().stages();
    QStringList shown;
    for (const Stage &s : stages)
        shown << s.meta.id + u'\t' + stageName(s);
    if (shown == m_stagesShown)
        return;
    m_stagesShown = shown;
    for (const Column &c : m_columns) {
        // Later: a sync may reload the stages while a drag or a card menu runs in a column.
        c.frame->hide();
        c.frame->deleteLater();
        c.proxy->deleteLater();
    }
    m_columns.clear();

    for (const Stage &s : stages) {
        auto *frame = new QWidget;
        frame->setFixedWidth(kColumnWidth);
        auto *name = new QLabel(stageName(s), frame);
        name->setObjectName(QStringLiteral("boardHeader_%1").arg(s.key));
        name->setTextFormat(Qt::PlainText);
        QFont f = name->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        name->setFont(f);
        auto *totals = new QLabel(frame);
        totals->setObjectName(QStringLiteral("boardTotals_%1").arg(s.key));
        totals->setTextFormat(Qt::PlainText);

        const auto drop = [this, id = s.meta.id](const QString &dealId) {
            const Result<void> moved = moveDeal(dealId, id);
            report(moved);
            return moved.ok();
        };
        auto *proxy = new StageColumnProxy(m_model, s.meta.id, drop, this);
        auto *view = new QListView(frame);
        view->setObjectName(QStringLiteral("boardColumn_%1").arg(s.key));
        view->setAccessibleName(stageName(s));
        view->setModel(proxy);
        view->setItemDelegate(m_cards);
        view->setUniformItemSizes(true);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setDropIndicatorShown(false); // the order is by close date, not where one drops
        view->viewport()->setBackgroundRole(QPalette::Window);
        connect(view, &QAbstractItemView::activated, this, &PipelineBoard::openDeal);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showCardMenu(view, pos); });

        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(name);
        layout->addWidget(totals);
        layout->addWidget(view, 1);
        m_columnsLayout->insertWidget(int(m_columns.size()), frame);
        m_columns.push_back({s.meta.id, frame, totals, view, proxy});
    }
}

void PipelineBoard::updateTotals()
{
    for (const Column &c : m_columns) {
        const DealListModel::Totals t = m_model->totals(c.stageId);
        QString text = tr("%n deal(s) · %1", nullptr, t.count)
                           .arg(formatMoney(Money{t.amountMinor, t.currency}));
        text += u'\n' + tr("Weighted %1").arg(formatMoney(Money{t.weightedMinor, t.currency}));
        if (t.otherCurrency > 0)
            text += u'\n' + tr("+ %n in other currencies", nullptr, t.otherCurrency);
        c.totals->setText(text);
    }
}

Result<void> PipelineBoard::moveDeal(const QString &dealId, const QString &stageId)
{
    Result<Opportunity> before = m_history->store()->get<Opportunity>(dealId);
    if (!before)
        return before.error();
    const analytics::Pipeline &p = m_source->pipeline();
    const int stage = p.stageIndex(stageId);
    if (stage < 0)
        return makeError(ErrorCode::NotFound,
                         tr("The deal's new stage is not a stage of the sales process."));
    if (before->stageId == stageId)
        return {};
    Opportunity after = *before;
    after.stageId = stageId;
    after.probability = p.stages()[size_t(stage)].probability;
    auto command = std::make_unique<EditCommand<Opportunity>>(m_history, *before, after);
    command->setText(
        tr("Move deal %1 to %2").arg(before->title, stageName(p.stages()[size_t(stage)])));
    return m_history->push(std::move(command));
}

Result<void> PipelineBoard::closeDeal(const QString &dealId, DealStatus status,
                                      const QString &reason)
{
    Result<Opportunity> before = m_history->store()->get<Opportunity>(dealId);
    if (!before)
        return before.error();
    Opportunity after = *before;
    after.status = status;
    after.closedOn = QDate::currentDate();
    after.reason = reason;
    // A won deal is certain, a lost one is not coming: the probability says so too.
    after.probability = status == DealStatus::Won ? 100 : 0;
    auto command = std::make_unique<EditCommand<Opportunity>>(m_history, *before, after);
    command->setText(status == DealStatus::Won ? tr("Close deal %1 as won").arg(before->title)
                                               : tr("Close deal %1 as lost").arg(before->title));
    return m_history->push(std::move(command));
}

void PipelineBoard::closeDeals(const QStringList &dealIds, DealStatus status)
{
    for (const QString &id : dealIds) {
        const Opportunity *deal = m_model->deal(m_model->rowOf(id));
        if (!deal)
            continue;
        QString reason;
        if (status == DealStatus::Lost) {
            const std::optional<QString> given = m_lostReason(*deal);
            if (!given)
                continue;
            reason = *given;
        }
        report(closeDeal(id, status, reason));
    }
}

void PipelineBoard::showCardMenu(QListView *view, const QPoint &pos)
{
    // From the keyboard (menu key) the position may be anywhere: take the current card then.
    const QModelIndex index
        = view->indexAt(pos).isValid() ? view->indexAt(pos) : view->currentIndex();
    const Opportunity *deal = m_model->deal(
        static_cast<const QSortFilterProxyModel *>(view->model())->mapToSource(index).row());
    if (!deal)
        return;
    const QString id = deal->meta.id;
    QMenu menu(this); // not the view: a stage reload may delete it while the menu is open
    // By id: a reload while the menu is open (sync) would leave an index stale.
    menu.addAction(tr("&Edit…"), this, [this, id] {
        if (const Opportunity *d = m_model->deal(m_model->rowOf(id)))
            openDealDialog(m_source, m_history, *d, this);
    });
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    for (const Stage &s : m_source->pipeline().stages()) {
        if (s.meta.id != deal->stageId)
            moveTo->addAction(stageName(s), this,
                              [this, id, stage = s.meta.id] { report(moveDeal(id, stage)); });
    }
    menu.addSeparator();
    menu.addAction(tr("Close as &won"), this, [this, id] { closeDeals({id}, DealStatus::Won); });
    menu.addAction(tr("Close as &lost…"), this, [this, id] { closeDeals({id}, DealStatus::Lost); });
    menu.exec(view->viewport()->mapToGlobal(view->visualRect(index).center()));
}

void PipelineBoard::openDeal(const QModelIndex &proxyIndex)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(proxyIndex.model());
    if (const Opportunity *deal = m_model->deal(proxy->mapToSource(proxyIndex).row()))
        openDealDialog(m_source, m_history, *deal, this);
}

void PipelineBoard::report(const Result<void> &result)
{
    m_error->setVisible(!result.ok());
    if (!result)
        m_error->setText(result.error().message);
}

} // namespace kam
