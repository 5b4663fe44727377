#pragma once

#include <QDialog>

namespace qadesk {

// Help → Keyboard Shortcuts: every key the workspace answers to, in one table.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace qadesk
