#include "TableClipboard.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace qadesk {

namespace {

// A tab or line break inside a cell would shift every cell after it.
QString cell(const QVariant &v)
{
    QString text = v.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

QString TableClipboard::toTsv(const QAbstractItemModel *model, const QModelIndexList &selection)
{
    QList<int> rows;
    QList<int> columns;
    QSet<std::pair<int, int>> chosen;
    if (selection.isEmpty()) {
        for (int r = 0; r < model->rowCount(); ++r) {
            rows << r;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            columns << c;
        }
    } else {
        QSet<int> rowSet;
        QSet<int> columnSet;
        for (const QModelIndex &index : selection) {
            rowSet.insert(index.row());
            columnSet.insert(index.column());
            chosen.insert({index.row(), index.column()});
        }
        rows = QList<int>(rowSet.cbegin(), rowSet.cend());
        columns = QList<int>(columnSet.cbegin(), columnSet.cend());
        std::sort(rows.begin(), rows.end());
        std::sort(columns.begin(), columns.end());
    }
    QStringList lines;
    QStringList header;
    for (const int c : columns) {
        header << cell(model->headerData(c, Qt::Horizontal, Qt::DisplayRole));
    }
    lines << header.join(QLatin1Char('\t'));
    for (const int r : rows) {
        QStringList fields;
        for (const int c : columns) {
            const bool wanted = selection.isEmpty() || chosen.contains({r, c});
            fields << (wanted ? cell(model->data(model->index(r, c), Qt::DisplayRole)) : QString());
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableClipboard::install(QTableView *view)
{
    auto *copySelection = new QAction(QApplication::translate("TableClipboard", "Copy selection"), view);
    copySelection->setShortcut(QKeySequence::Copy);
    copySelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copySelection, &QAction::triggered, view, [view]() {
        const QModelIndexList selected = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
        QApplication::clipboard()->setText(toTsv(view->model(), selected));
    });
    auto *copyAll = new QAction(QApplication::translate("TableClipboard", "Copy table"), view);
    QObject::connect(copyAll, &QAction::triggered, view,
                     [view]() { QApplication::clipboard()->setText(toTsv(view->model())); });
    view->addAction(copySelection);
    view->addAction(copyAll);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace qadesk
