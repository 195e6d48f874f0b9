// A small blocking queue between a parser thread and the writer: bounded, so a fast parser cannot
// pile a million rows up in memory ahead of the database.
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>

namespace bedrot {

template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    // Blocks while full. False when the consumer closed the queue (stop producing).
    bool push(T&& value)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity && !m_closed)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.push_back(std::move(value));
        m_notEmpty.wakeOne();
        return true;
    }
    // Blocks while empty. False when the producer finished and everything was taken.
    bool pop(T& out)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_finished && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return false;
        out = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }
    // Producer: no more items.
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_notEmpty.wakeAll();
    }
    // Consumer: stop; wakes a blocked producer.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace bedrot
