#pragma once

#include <QString>

namespace qadesk {

// The order people and teams are listed in: Chinese collation (汉字 by pinyin, Latin letters alphabetically,
// case-insensitive, digits by value), whatever the interface language — not by code point, which puts 张 before
// 李 and 赵 at random.
class NameOrder final
{
public:
    static int compare(const QString &a, const QString &b);
    static bool less(const QString &a, const QString &b) { return compare(a, b) < 0; }
};

} // namespace qadesk
