#pragma once
// An ordered parallel map with a bounded window: inputs are submitted in order, worker threads
// turn each into a result, and results are taken back in submission order. At most `window`
// inputs are in flight (queued, running or done but not yet taken), so memory stays flat however
// many inputs there are. With one worker the work runs on the caller's thread, in take(): a
// hand-off to a single worker thread would only add its cost.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace ladder {

// --jobs N, or the number of cores when N is 0 (not given).
inline int worker_count(int jobs) {
    if (jobs > 0) {
        return jobs;
    }
    return static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

template <typename Input, typename Result> class OrderedPipeline {
public:
    using Work = std::function<Result(const Input&)>;

    OrderedPipeline(int workers, std::size_t window, Work work)
        : work_(std::move(work)), inputs_(window), results_(window) {
        if (workers <= 1) {
            return; // inline: take() does the work
        }
        std::size_t started = start_workers(static_cast<std::size_t>(workers));
        if (started < static_cast<std::size_t>(workers)) {
            // The system refused a thread (a memory or process limit): the ones it did start
            // would leave little room for the work itself, so run with half of them.
            stop_workers();
            start_workers(std::max<std::size_t>(1, started / 2));
        }
        if (threads_.empty()) {
            throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again),
                                    "no worker thread could start");
        }
    }
    ~OrderedPipeline() { stop_workers(); }
    OrderedPipeline(const OrderedPipeline&) = delete;
    OrderedPipeline& operator=(const OrderedPipeline&) = delete;

    // How many worker threads run: fewer than asked if the system refused some.
    std::size_t workers() const { return threads_.empty() ? 1 : threads_.size(); }
    std::size_t in_flight() const { return submitted_ - taken_; }
    bool full() const { return in_flight() == results_.size(); }

    // Only when !full().
    void submit(Input input) {
        {
            std::lock_guard lock(mutex_);
            inputs_[submitted_ % inputs_.size()] = std::move(input);
            ++submitted_;
        }
        work_ready_.notify_one();
    }

    // The oldest result, waiting for it if need be. Only when in_flight() > 0.
    Result take() {
        if (threads_.empty()) {
            auto& input = inputs_[taken_ % inputs_.size()];
            Result result = work_(*input);
            input.reset();
            ++taken_;
            return result;
        }
        std::unique_lock lock(mutex_);
        auto& slot = results_[taken_ % results_.size()];
        result_ready_.wait(lock, [&] { return slot.has_value(); });
        Result result = std::move(*slot);
        slot.reset();
        ++taken_;
        return result;
    }

private:
    // Starts up to `count` workers; returns how many the system allowed.
    std::size_t start_workers(std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) {
            try {
                threads_.emplace_back([this] { run_worker(); });
            } catch (const std::system_error&) {
                break;
            }
        }
        return threads_.size();
    }

    void stop_workers() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (auto& thread : threads_) {
            thread.join();
        }
        threads_.clear();
        std::lock_guard lock(mutex_);
        stopping_ = false;
    }

    void run_worker() {
        while (true) {
            std::unique_lock lock(mutex_);
            work_ready_.wait(lock, [&] { return stopping_ || started_ < submitted_; });
            if (stopping_) {
                return;
            }
            std::size_t index = started_++ % inputs_.size();
            Input input = std::move(*inputs_[index]);
            inputs_[index].reset();
            lock.unlock();
            Result result = work_(input);
            lock.lock();
            results_[index] = std::move(result);
            lock.unlock();
            result_ready_.notify_one();
        }
    }

    Work work_;
    std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable result_ready_;
    std::vector<std::optional<Input>> inputs_;
    std::vector<std::optional<Result>> results_;
    // submitted_ and taken_ change on the owner's thread only; started_ under the mutex.
    std::size_t submitted_ = 0;
    std::size_t started_ = 0;
    std::size_t taken_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

// Submits every input `next()` gives (an optional, empty at the end) while the window has room,
// and hands each result to `take` in input order: the loop of a command that reads all its
// inputs and keeps only what it needs of each.
template <typename Input, typename Result, typename Next, typename Take>
void run_in_order(OrderedPipeline<Input, Result>& pipeline, Next next, Take take) {
    bool more = true;
    while (true) {
        while (more && !pipeline.full()) {
            std::optional<Input> input = next();
            more = input.has_value();
            if (more) {
                pipeline.submit(std::move(*input));
            }
        }
        if (pipeline.in_flight() == 0) {
            return;
        }
        take(pipeline.take());
    }
}

} // namespace ladder
