#include "NameOrder.h"

#include <QCollator>
#include <QLocale>

namespace qadesk {

int NameOrder::compare(const QString &a, const QString &b)
{
    // One collator per thread: QCollator is not safe to share between threads.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::China));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    const int order = collator.compare(a, b);
    return order != 0 ? order : QString::compare(a, b); // a total order: equal only when identical
}

} // namespace qadesk
