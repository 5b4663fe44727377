#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qadesk {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const auto native = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    const QList<QPair<QString, QString>> rows{
        {tr("Score the focused dimension 1–5 and move to the next"), QStringLiteral("1 … 5")},
        {tr("Mark the focused dimension not applicable"), QStringLiteral("N")},
        {tr("Apply the suggested level"), QStringLiteral("A")},
        {tr("Clear the focused dimension's score"), QStringLiteral("0 / %1").arg(native(QKeySequence(Qt::Key_Delete)))},
        {tr("Previous / next dimension"), tr("Up / Down, Shift+Tab / Tab")},
        {tr("Write the focused dimension's comment (Enter or Esc returns)"), native(QKeySequence(Qt::Key_Return))},
        {tr("Submit the evaluation"), native(QKeySequence(Qt::CTRL | Qt::Key_Return))},
        {tr("Undo"), native(QKeySequence::Undo)},
        {tr("Redo"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))},
        {tr("Find in the transcript"), native(QKeySequence::Find)},
        {tr("Next / previous match"), tr("Enter, F3 / Shift+Enter, Shift+F3")},
        {tr("Attach the selected turns as evidence to the focused dimension"), QStringLiteral("E")},
        {tr("Go to the queue / transcript / form"),
         QStringLiteral("%1 / %2 / %3")
             .arg(native(QKeySequence(Qt::ALT | Qt::Key_1)), native(QKeySequence(Qt::ALT | Qt::Key_2)),
                  native(QKeySequence(Qt::ALT | Qt::Key_3)))},
        {tr("Start scoring the selected queue row"), native(QKeySequence(Qt::Key_Return))},
        {tr("Play / pause the recording (not in text fields or on buttons)"), native(QKeySequence(Qt::Key_Space))},
        {tr("Recording back / ahead 5 s"),
         QStringLiteral("%1 / %2").arg(native(QKeySequence(Qt::CTRL | Qt::Key_Left)),
                                       native(QKeySequence(Qt::CTRL | Qt::Key_Right)))},
        {tr("Back up the database"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))},
        {tr("Calibration: new session"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))},
        {tr("Calibration: score the selected interaction blind"),
         QStringLiteral("%1 / %2").arg(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
                                       native(QKeySequence(Qt::Key_Return)))},
        {tr("Calibration: submit the score"), native(QKeySequence(Qt::CTRL | Qt::Key_Return))},
        {tr("Calibration: results to PDF / table to CSV or XLSX"),
         QStringLiteral("%1 / %2").arg(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
                                       native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))},
        {tr("Calibration: reload"), native(QKeySequence(Qt::Key_F5))},
        {tr("Feedback: release the selected evaluations to their agents"),
         native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))},
        {tr("Feedback: release the evaluation just submitted in the workspace"),
         native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R))},
        {tr("Feedback: acknowledge / dispute / decide the selected evaluation"),
         QStringLiteral("Alt+A / Alt+I / Alt+D")},
    };
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        auto *keys = new QTableWidgetItem(rows.at(i).second);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        table->setItem(i, 1, keys);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Rows follow their text at the table's real width (also after a resize): one line each unless it wraps.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace qadesk
