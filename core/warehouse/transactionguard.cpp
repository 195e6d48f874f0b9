// BEGIN IMMEDIATE … COMMIT with the commit's outcome checked and a rollback on every other way out.
#include "transactionguard.h"

#include "database.h"

#include <sqlite3.h>

#include <utility>

namespace bedrot {

TransactionGuard::TransactionGuard(sqlite3* db, RollbackHook onRollback)
    : m_db(db), m_onRollback(std::move(onRollback))
{
}

Result<TransactionGuard> TransactionGuard::begin(sqlite3* db, RollbackHook onRollback)
{
    if (Result<void> begun = Database::exec(db, "BEGIN IMMEDIATE"); !begun)
        return begun.error();
    return TransactionGuard(db, std::move(onRollback));
}

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_onRollback(std::move(other.m_onRollback))
{
}

TransactionGuard& TransactionGuard::operator=(TransactionGuard&& other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::exchange(other.m_db, nullptr);
        m_onRollback = std::move(other.m_onRollback);
    }
    return *this;
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Result<void> TransactionGuard::commit()
{
    if (!m_db)
        return fail(QStringLiteral("no transaction to commit"));
    if (Result<void> committed = Database::exec(m_db, "COMMIT"); !committed) {
        rollback();
        return committed;
    }
    m_db = nullptr;
    return {};
}

void TransactionGuard::rollback()
{
    sqlite3* db = std::exchange(m_db, nullptr);
    if (!db)
        return;
    // After a failed COMMIT SQLite may already have ended the transaction; then there is nothing
    // left to roll back and the error says so, which is not a failure of ours.
    if (!sqlite3_get_autocommit(db))
        (void)Database::exec(db, "ROLLBACK");
    if (m_onRollback)
        m_onRollback();
}

} // namespace bedrot
