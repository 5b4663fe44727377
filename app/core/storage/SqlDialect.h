#pragma once

#include <QString>

namespace qadesk {

// The few places where SQLite and PostgreSQL differ, in one spot.
enum class SqlDialect { Sqlite, Postgres };

// Fills the {{PK}}, {{REAL}}, {{BIGINT}} and {{WITHOUT_ROWID}} placeholders of a migration for one dialect.
QString applyDialect(QString sql, SqlDialect dialect);

} // namespace qadesk
