"""Small test utilities."""
import time


def poll(fn, timeout=3.0, interval=0.1):
    """Call fn() until it returns a truthy value or timeout seconds passed; return the last
    value. Use instead of blind sleeps when waiting for the module to notice a change."""
    deadline = time.monotonic() + timeout
    while True:
        v = fn()
        if v or time.monotonic() >= deadline:
            return v
        time.sleep(interval)
