#pragma once

#include <QString>
#include <QStringList>

class QRandomGenerator;

// Names and numbers for synthetic demo data. Everything random comes from the generator passed in,
// so the same seed always gives the same people.
namespace qadesk::DemoNames {

// Realistic contact-centre team names in a fixed order; the first 24 are hand-written, beyond that
// numbered 综合服务N组 teams follow, so any count gives distinct names.
QStringList teamNames(int count);

// A Chinese personal name (common surnames weighted by frequency, one- or two-character given names);
// about 3 % are English names such as staff of an English chat desk use ("Kevin Zhang").
QString agentName(QRandomGenerator &rng);

// A common Chinese surname, weighted by frequency (王, 李, 张 ...).
QString surname(QRandomGenerator &rng);

// An 11-digit mainland mobile number with a real carrier prefix (13x-19x).
QString customerPhone(QRandomGenerator &rng);

} // namespace qadesk::DemoNames
