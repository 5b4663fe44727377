#pragma once

#include <Qt>

namespace qadesk {

// Custom item roles of the dashboard's models.
enum DashboardRole {
    // A number (or string) to sort by; invalid for "no value", which sorts last either way.
    SortRole = Qt::UserRole + 1,
    // The row's key: an agent code, an evaluation id, an interaction id, a dimension key.
    KeyRole,
    // The interaction a row stands for (evaluations and interactions lists).
    InteractionIdRole,
};

} // namespace qadesk
