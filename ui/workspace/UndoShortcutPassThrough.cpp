#include "UndoShortcutPassThrough.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace qadesk {

void UndoShortcutPassThrough::install(QObject *textWidget)
{
    textWidget->installEventFilter(new UndoShortcutPassThrough(textWidget));
}

bool UndoShortcutPassThrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        const bool redoKey = combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
                             combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || redoKey) {
            // Not accepted: the shortcut map goes on to the window's Undo / Redo actions.
            key->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qadesk
