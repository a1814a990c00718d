package org.treatytracker.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Writers started at the same instant, as concurrent editors are. */
final class Race {

    private Race() {
    }

    /** Runs {@code write(i)} for each of {@code writers} threads released together; their HTTP statuses, in order. */
    static List<Integer> statuses(int writers, IntFunction<Integer> write) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<Integer> edit = () -> {
                    start.await();
                    return write.apply(writer);
                };
                answers.add(pool.submit(edit));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
