"""How the claim windows word a claim: its state with who and when, money, km, rates.

Shared by the claims list, the claim window, the attest view and the exports, so that a claim
reads the same everywhere ("Attesterad 2026-11-05 10:12 av Eva Berg", "1 234,50 kr").
"""

from resebok.core.claims import Claim, ClaimState, RatesUsed
from resebok.core.money import format_kr, format_rate
from resebok.gui.formatting import format_number
from resebok.gui.swedish import local_time


def kr(ore: int) -> str:
    """Swedish money with öre: "1 234,50 kr" (the space between groups never breaks)."""
    return format_kr(ore)


def km(value: float) -> str:
    """ "1 234,5" – always one decimal, so a column of km lines up."""
    return format_number(value, 1)


def by_whom(at: str | None, actor: str | None) -> str:
    """ "2026-11-05 10:12 av Eva Berg"; parts that are unknown are left out."""
    when = local_time(at) if at else ""
    who = f"av {actor}" if actor else ""
    return " ".join(part for part in (when, who) if part)


def was_returned(claim: Claim) -> bool:
    """A draft whose latest step was the attestant's return (not a later reopening)."""
    return (
        claim.state == ClaimState.DRAFT
        and bool(claim.returned_at)
        and claim.updated_at == claim.returned_at
    )


def state_detail(claim: Claim) -> str:
    """The state and the step that brought the claim there, e.g. "Inskickad 2026-11-03 av …"."""
    label = claim.state.label
    if claim.state == ClaimState.SUBMITTED:
        detail = by_whom(claim.submitted_at, claim.submitted_by)
    elif claim.state == ClaimState.APPROVED:
        detail = by_whom(claim.approved_at, claim.approved_by)
    elif claim.state == ClaimState.PAID:
        detail = f"{claim.paid_on.isoformat()}" if claim.paid_on else ""
        if claim.approved_by:
            detail += f" (attesterad {by_whom(claim.approved_at, claim.approved_by)})"
    elif was_returned(claim):
        return f"Utkast – skickad tillbaka {by_whom(claim.returned_at, claim.returned_by)}"
    else:
        detail = f"skapat {by_whom(claim.created_at, claim.created_by)}"
    return f"{label} {detail}".strip()


def rates_text(rates: RatesUsed) -> str:
    """One line per rate pair: "30,00 kr/mil enligt avtal, varav 25,00 kr/mil skattefritt"."""
    period = rates.first_date.isoformat()
    if rates.last_date != rates.first_date:
        period += f" – {rates.last_date.isoformat()}"
    employer, tax_free = rates.employer_ore_per_mil, rates.tax_free_ore_per_mil
    text = f"{format_rate(employer)} enligt avtal, varav {format_rate(min(employer, tax_free))} "
    text += "skattefritt"
    if employer < tax_free:  # the tax-free part is then the whole rate, not Skatteverket's
        text += f" (Skatteverkets belopp {format_rate(tax_free)})"
    return f"{text} · resor {period}"
