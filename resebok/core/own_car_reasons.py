"""Why an own car was chosen over the greener alternatives: codes, Swedish labels, checks.

Controllers act on these codes (e.g. many "no_pool_car" in a unit argues for buying cars), so
they are a fixed list; "other" carries a free text.
"""

from enum import StrEnum


class OwnCarReason(StrEnum):
    NO_POOL_CAR = "no_pool_car"
    POOL_CAR_DETOUR = "pool_car_detour"
    EQUIPMENT = "equipment"
    URGENCY = "urgency"
    NO_PUBLIC_TRANSPORT = "no_public_transport"
    PRESENCE_REQUIRED = "presence_required"
    OTHER = "other"

    @property
    def label(self) -> str:
        return OWN_CAR_REASON_LABELS[self]

    @property
    def needs_text(self) -> bool:
        return self is OwnCarReason.OTHER


OWN_CAR_REASON_LABELS = {
    OwnCarReason.NO_POOL_CAR: "ingen kommunbil ledig",
    OwnCarReason.POOL_CAR_DETOUR: "omväg för att hämta kommunbil",
    OwnCarReason.EQUIPMENT: "utrustning eller material att bära",
    OwnCarReason.URGENCY: "skyndsamhetskrav",
    OwnCarReason.NO_PUBLIC_TRANSPORT: "ingen kollektivtrafik vid den tiden",
    OwnCarReason.PRESENCE_REQUIRED: "fysisk närvaro krävs",
    OwnCarReason.OTHER: "annat",
}

MAX_REASON_TEXT = 300


def check_reason(code: str | None, text: str) -> list[str]:
    """Swedish messages for a reason that cannot be saved; empty when it is fine."""
    if code is None or code == "":
        return ["Ange varför egen bil behövs."]
    if code not in OwnCarReason.__members__.values():
        return [f"Okänd anledning: {code}"]
    if OwnCarReason(code).needs_text and not text.strip():
        return ["Beskriv anledningen när du väljer ”annat”."]
    if len(text) > MAX_REASON_TEXT:
        return [f"Anledningen får vara högst {MAX_REASON_TEXT} tecken."]
    return []
