// A write transaction as a scope: BEGIN IMMEDIATE on begin(), a checked COMMIT on commit(), and a
// ROLLBACK (with the owner's clean-up) when the scope ends without a successful commit.
#pragma once

#include "domain/result.h"

#include <functional>

struct sqlite3;

namespace bedrot {

class TransactionGuard
{
public:
    // Runs after a rollback, e.g. to forget caches filled inside the transaction.
    using RollbackHook = std::function<void()>;

    // BEGIN IMMEDIATE: takes the write lock now, or fails (busy) before anything is written.
    static Result<TransactionGuard> begin(sqlite3* db, RollbackHook onRollback = {});

    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&& other) noexcept;
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;
    ~TransactionGuard();

    // COMMIT. A failed commit rolls back (the transaction is over either way).
    Result<void> commit();
    void rollback();
    bool active() const { return m_db != nullptr; }

private:
    TransactionGuard(sqlite3* db, RollbackHook onRollback);

    sqlite3* m_db = nullptr; // null once committed or rolled back
    RollbackHook m_onRollback;
};

} // namespace bedrot
