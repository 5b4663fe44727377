#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace qadesk {

// A find-in-transcript bar: the text, "3 / 17", previous and next. Enter and F3 go to the next match,
// Shift+Enter and Shift+F3 to the previous one, Escape closes. It only edits the text and counts;
// the transcript pane owns the matches.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setCount(int current, int total); // current is 1-based, 0 when none
    void activate();                       // show, focus and select the text

signals:
    void textChanged(const QString &text);
    void next();
    void previous();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace qadesk
