#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace qadesk {

// The lines of a decoded text file, without their line ends (LF or CRLF), as views into the text.
inline QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (QStringView &line : lines) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
    }
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

inline bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

} // namespace qadesk
