// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

#include <span>
#include <vector>

class QGraphicsItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QPushButton;

namespace kam {

class EditHistory;
class Store;

namespace detail {
class ContactNode;
class ReportingLine;
}

/// An account's relationship map: its active contacts as nodes (stance colour, influence size,
/// role, relationship dots) joined by reporting lines, with the coverage warnings above it.
/// Nodes are dragged (several when selected) and the places saved as one undo step per drag;
/// "Reset layout" goes back to the tree by reporting line. The account's "Relationships" tab.
class RelationshipMapView : public QWidget
{
    Q_OBJECT

public:
    RelationshipMapView(Store *store, EditHistory *history, QWidget *parent = nullptr);
    ~RelationshipMapView() override;

    /// Shows the contacts of `accountId` (empty: none), fitted into the view.
    void setAccount(const QString &accountId);

    /// The node of a shown contact, nullptr for one not in the map.
    QGraphicsItem *nodeItem(const QString &contactId) const;

public slots:
    void zoomIn();
    void zoomOut();
    /// Fits the whole map into the view, between 80 % and 100 %.
    void fitToView();
    /// Forgets every saved place: the map goes back to the tree by reporting line.
    void resetLayout();

signals:
    /// A node was double-clicked: the contact is to be edited.
    void contactActivated(const QString &contactId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void onRowsChanged(const QString &table);
    void saveMovedNodes();
    void zoomBy(qreal factor);
    void updateWarnings(std::span<const Contact> contacts, std::span<const Activity> activities);
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    QString m_accountId;
    QHash<QString, detail::ContactNode *> m_nodes;
    std::vector<detail::ReportingLine *> m_lines;
    QHash<QString, QPointF> m_pressPositions; ///< node places when the mouse went down
    bool m_fitPending = true;

    QLabel *m_warnings;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QPushButton *m_reset;
};

} // namespace kam
