// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_helpers.h"

#include "itemmodels/figures_model.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kam {

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QLabel *makeEmptyState(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("emptyState"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's disabled text: grey in every style
    return label;
}

QStackedWidget *makeChartStack(QChart *chart, const char *objectName, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    QChartView *view = makeChartView(chart, stack);
    view->setObjectName(QLatin1String(objectName));
    stack->addWidget(view);
    QLabel *empty = makeEmptyState(QString(), stack);
    empty->setObjectName(QLatin1String(objectName) + QLatin1String("Empty"));
    empty->setFrameShape(QFrame::StyledPanel); // an empty panel, not a gap in the layout
    stack->addWidget(empty);
    return stack;
}

void showEmptyState(QStackedWidget *stack, const QString &text)
{
    static_cast<QLabel *>(stack->widget(1))->setText(text);
    stack->setCurrentIndex(1);
}

void followModel(FiguresModel *model, int categoryColumn, QList<int> valueColumns,
                 QBarCategoryAxis *categories, QValueAxis *values)
{
    const auto update = [=] {
        QStringList labels;
        double top = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            labels << model->index(row, categoryColumn).data().toString();
            for (int column : valueColumns)
                top = std::max(top,
                               model->index(row, column).data(FiguresModel::ValueRole).toDouble());
        }
        categories->setCategories(labels);
        setRoundRange(values, top);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, categories, update);
    QObject::connect(model, &QAbstractItemModel::dataChanged, categories, update);
    update();
}

void setRoundRange(QValueAxis *values, double top, double minStep)
{
    // Room for the bar labels beyond the longest bar, in about four round steps (1, 2, 2.5
    // or 5 × 10ⁿ); QValueAxis::applyNiceNumbers() can leave half the chart empty.
    const double span = std::max(top * 1.2, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / 4)));
    double step = magnitude * 10;
    for (double factor : { 1.0, 2.0, 2.5, 5.0 })
        if (span / (magnitude * factor) <= 5) {
            step = magnitude * factor;
            break;
        }
    step = std::max(step, minStep);
    const int steps = int(std::ceil(span / step));
    values->setRange(0, steps * step);
    values->setTickCount(steps + 1);
}

} // namespace kam
