#pragma once

#include "domain/Person.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace qadesk {

// "Who is working here?": the people of this database to choose from, or a new person with a role. Shown at
// the first start and from Tools → Switch Profile. In local mode there is no password: the file is the user's.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(const QList<Person> &people, const QString &current, QWidget *parent = nullptr);

    // The chosen person; isNew() when they are to be added.
    Person chosen() const;
    bool isNew() const;

    void accept() override;

private:
    void updateState();
    void filter(const QString &text);

    QList<Person> m_people;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_agent = nullptr;
    QLineEdit *m_team = nullptr;
};

} // namespace qadesk
