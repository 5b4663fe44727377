#pragma once

#include "calibration/CalibrationResults.h"

#include <QColor>
#include <QHeaderView>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTableView>

// Small pieces the calibration views share: a read-only table, a cell, and the colour of an alpha's reading.
namespace qadesk::calibrationtables {

inline QTableView *makeTable(QStandardItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

inline QStandardItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem(text);
    item->setTextAlignment(alignment);
    return item;
}

// Green, amber, red, grey: always next to the reading's word, never alone.
inline QColor readingColor(AlphaReading reading)
{
    switch (reading) {
    case AlphaReading::Reliable:
        return QColor(0x1e, 0x7b, 0x34);
    case AlphaReading::Tentative:
        return QColor(0xa8, 0x64, 0x00);
    case AlphaReading::NotReliable:
        return QColor(0xb0, 0x1e, 0x23);
    case AlphaReading::Undefined:
        break;
    }
    return QColor(0x5f, 0x66, 0x70);
}

// A table as tall as its rows, for a page that scrolls as a whole.
inline void fitHeight(QTableView *table)
{
    table->resizeColumnsToContents();
    table->setFixedHeight(table->horizontalHeader()->height() + table->verticalHeader()->length() + 4);
}

} // namespace qadesk::calibrationtables
