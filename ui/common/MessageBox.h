#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace qadesk {

// Every message box of the application goes through here (as KeePassXC's MessageBox). A test answers the
// next box with setNextAnswer() instead of clicking a modal dialog from a timer; the box is then not shown,
// and lastMessage() tells what it would have said.
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;

    static Button information(QWidget *parent, const QString &title, const QString &text);
    static Button warning(QWidget *parent, const QString &title, const QString &text);
    // `informative` and `objectName` for boxes that explain at length or that scripts look for.
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           const QString &informative = {}, const QString &objectName = {});
    static void about(QWidget *parent, const QString &title, const QString &text);
    // A warning that does not stop the caller (window-modal, returns at once; deleted when closed).
    static void notice(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                       const QString &informative);

    // A button in the caller's words.
    struct Choice
    {
        QString text;
        QString objectName;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };
    // Asks with these buttons; returns the index of the one clicked (Escape clicks the RejectRole one), -1 when
    // none was.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                      const QString &text, const QList<Choice> &choices, int defaultChoice);

    // Test seam: the next box is not shown; a plain box returns `answer`, choose() returns `choice`.
    static void setNextAnswer(Button answer);
    static void setNextChoice(int choice);
    // "title: text" of the last box shown or answered; empty before the first.
    static QString lastMessage();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       const QString &informative, const QString &objectName);
};

} // namespace qadesk
