"""ImportFormatError: what is wrong in an imported file, naming the profile, record and field."""

from __future__ import annotations

from diary_app.domain.validation import shown

MAX_MESSAGE = 600


class ImportFormatError(ValueError):
    """A file cannot be imported; nothing was changed. The message is one line."""

    def __init__(
        self,
        problem: str,
        *,
        source: str = "",
        profile: str | None = None,
        record: str | None = None,
        field: str | None = None,
    ):
        self.problem, self.source = problem, source
        self.profile, self.record, self.field = profile, record, field
        super().__init__(self._describe())

    def _describe(self) -> str:
        place = []
        if self.profile is not None:
            place.append(f"profile {shown(self.profile)}")
        if self.record:
            place.append(self.record)
        if self.field:
            place.append(f"field {self.field!r}")
        where = ", ".join(place)
        text = f"{where}: {self.problem}" if where else self.problem
        text = f"{self.source}: {text}" if self.source else text
        if len(text) > MAX_MESSAGE:
            text = f"{text[:MAX_MESSAGE]}… (cut)"
        return " ".join(text.splitlines())
