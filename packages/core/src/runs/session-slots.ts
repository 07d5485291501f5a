/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
B/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
C/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
O/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
N/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
N/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
C/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
I/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
O/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
N/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
_/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
B/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
U/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
D/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
G/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
_/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
B/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
U/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
Y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
`/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
$/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
q/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
`/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
B/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
Q/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
`/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
`/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
q/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
</**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
[/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
]/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
z/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
z/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
*/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
q/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
P/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
</**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
I/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
0/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
-/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
1/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
P/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
</**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
L/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
U/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
k/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
O/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
0/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
1/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
L/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
j/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
U/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
T/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
m/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
U/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
S/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
B/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
y/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
!/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
M/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
?/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
E/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
L/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
'/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
A/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
b/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
p/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
:/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
v/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
>/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
{/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
//**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
,/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
u/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
d/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
c/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
o/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
w/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
a/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
g/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
n/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
x/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
(/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
)/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
l/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
t/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
h/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
i/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
s/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
./**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
f/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
r/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
e/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
+/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
=/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
1/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
;/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
 /**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
}/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */

/**
 * The tenant sessions a worker may hold at once (its concurrency), shared by its runs and its
 * backup batches. A run waits here for a session, at most `waitMs` when given: behind a long
 * migration it goes back to the queue (deferred, no attempt spent) for a worker with a free one.
 */
