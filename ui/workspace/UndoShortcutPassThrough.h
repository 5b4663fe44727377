#pragma once

#include <QObject>

namespace qadesk {

// Text fields claim Ctrl+Z and Ctrl+Shift+Z for their own undo. In the evaluation form every edit is
// a command on the document's undo stack instead, so this filter lets those keys through to the Edit
// menu's Undo and Redo, which then undo comments like any other change.
class UndoShortcutPassThrough final : public QObject
{
    Q_OBJECT

public:
    static void install(QObject *textWidget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace qadesk
