#include "MessageBox.h"

#include <QPushButton>

namespace qadesk {

namespace {

std::optional<int> s_nextAnswer; // a Button for plain boxes, an index for choose()
QString s_lastMessage;

std::optional<int> takeNextAnswer()
{
    return std::exchange(s_nextAnswer, std::nullopt);
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, const QString &informative, const QString &objectName)
{
    s_lastMessage = title + QStringLiteral(": ") + text;
    if (const std::optional<int> answer = takeNextAnswer()) {
        return Button(*answer);
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (!objectName.isEmpty()) {
        box.setObjectName(objectName);
    }
    if (!informative.isEmpty()) {
        box.setInformativeText(informative);
    }
    return Button(box.exec());
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, {}, {});
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text, {}, {});
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        const QString &informative, const QString &objectName)
{
    return show(QMessageBox::Critical, parent, title, text, informative, objectName);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = title + QStringLiteral(": ") + text;
    if (takeNextAnswer()) {
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::notice(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                        const QString &informative)
{
    s_lastMessage = title + QStringLiteral(": ") + text + QStringLiteral("\n") + informative;
    if (takeNextAnswer()) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informative);
    box->open();
}

int MessageBox::choose(QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title,
                       const QString &text, const QList<Choice> &choices, int defaultChoice)
{
    s_lastMessage = title + QStringLiteral(": ") + text;
    if (const std::optional<int> answer = takeNextAnswer()) {
        return *answer;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    QList<QPushButton *> buttons;
    for (const Choice &choice : choices) {
        QPushButton *button = box.addButton(choice.text, choice.role);
        button->setObjectName(choice.objectName);
        buttons << button;
    }
    if (defaultChoice >= 0 && defaultChoice < buttons.size()) {
        box.setDefaultButton(buttons.at(defaultChoice));
    }
    box.exec();
    return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = int(answer);
}

void MessageBox::setNextChoice(int choice)
{
    s_nextAnswer = choice;
}

QString MessageBox::lastMessage()
{
    return s_lastMessage;
}

} // namespace qadesk
