#pragma once

#include <QColor>

// The look every printed page shares: one accent colour, greys for rules and labels, and muted signal colours
// that still read when a page is printed in black and white (they always come with a word, never alone).
namespace qadesk::reportstyle {

inline const QColor Accent{0x1f, 0x4e, 0x79};
inline const QColor AccentLight{0xe8, 0xef, 0xf6};
inline const QColor Text{0x1a, 0x1a, 0x1a};
inline const QColor Muted{0x5f, 0x66, 0x70};
inline const QColor Rule{0xb4, 0xbb, 0xc5};
inline const QColor HeaderFill{0xee, 0xf1, 0xf5};
inline const QColor Good{0x1e, 0x7b, 0x34};
inline const QColor Warning{0xa8, 0x64, 0x00};
inline const QColor Bad{0xb0, 0x1e, 0x23};
inline const QColor BadFill{0xfb, 0xe9, 0xea};
inline const QColor Team{0x8a, 0x93, 0x9e};

// Type sizes in points.
constexpr double TitlePt = 15;
constexpr double HeadingPt = 10.5;
constexpr double BodyPt = 8.5;
constexpr double SmallPt = 7.2;

} // namespace qadesk::reportstyle
