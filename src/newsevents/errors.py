"""The exceptions newsevents raises. Catch ``NewsEventsError`` to catch them all.

    NewsEventsError
    ├── ConfigError          bad setting, unknown key, or a pipeline that cannot be loaded
    ├── InputError           an input that cannot be read at all (the CLI turns it into a Rejection)
    ├── DataFileError        a packaged or user data file (dictionary, patterns, gazetteer) is malformed
    ├── WorkerError          an analysis worker process died (out of memory, killed)
    └── StoreError           the event store cannot be opened, migrated or written
        └── SchemaVersionError   the store file is newer than this version of newsevents

Per-article problems are not exceptions: they become ``records.Rejection`` values so a batch goes on.
"""


class NewsEventsError(Exception):
    """Base class of every error newsevents raises on purpose."""


class ConfigError(NewsEventsError):
    pass


class InputError(NewsEventsError):
    def __init__(self, origin: str, reason: str, detail: str) -> None:
        super().__init__(f"{origin}: {reason}: {detail}")
        self.origin = origin
        self.reason = reason
        self.detail = detail


class DataFileError(NewsEventsError):
    pass


class WorkerError(NewsEventsError):
    pass


class StoreError(NewsEventsError):
    pass


class SchemaVersionError(StoreError):
    pass
