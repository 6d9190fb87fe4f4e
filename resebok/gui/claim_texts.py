"""How the claim windows word a claim: its state with who and when, money, km, rates.

Shared by the claims list, the claim window, the attest view and the exports, so that a claim
reads the same everywhere ("Attesterad 2026-11-05 10:12 av Eva Berg", "1 234,50 kr"), in the
user interface's language (context "ClaimTexts" in the translation).
"""

from PySide6.QtCore import QCoreApplication

from resebok.core.claims import Claim, ClaimState, RatesUsed
from resebok.gui.formatting import format_date, format_rate
from resebok.gui.labels import label
from resebok.gui.swedish import local_time


def by_whom(at: str | None, actor: str | None) -> str:
    """ "2026-11-05 10:12 av Eva Berg"; parts that are unknown are left out."""
    when = local_time(at) if at else ""
    who = QCoreApplication.translate("ClaimTexts", "av {name}").format(name=actor) if actor else ""
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
    state = label(claim.state)
    if claim.state == ClaimState.SUBMITTED:
        detail = by_whom(claim.submitted_at, claim.submitted_by)
    elif claim.state == ClaimState.APPROVED:
        detail = by_whom(claim.approved_at, claim.approved_by)
    elif claim.state == ClaimState.PAID:
        detail = format_date(claim.paid_on) if claim.paid_on else ""
        if claim.approved_by:
            approved = by_whom(claim.approved_at, claim.approved_by)
            detail += " " + QCoreApplication.translate(
                "ClaimTexts", "(attesterad {when_and_who})"
            ).format(when_and_who=approved)
    elif was_returned(claim):
        returned = by_whom(claim.returned_at, claim.returned_by)
        return QCoreApplication.translate(
            "ClaimTexts", "Utkast – skickad tillbaka {when_and_who}"
        ).format(when_and_who=returned)
    else:
        created = by_whom(claim.created_at, claim.created_by)
        detail = QCoreApplication.translate("ClaimTexts", "skapat {when_and_who}").format(
            when_and_who=created
        )
    return f"{state} {detail}".strip()


def rates_text(rates: RatesUsed) -> str:
    """One line per rate pair: "30,00 kr/mil enligt avtal, varav 25,00 kr/mil skattefritt"."""
    period = format_date(rates.first_date)
    if rates.last_date != rates.first_date:
        period += f" – {format_date(rates.last_date)}"
    employer, tax_free = rates.employer_ore_per_mil, rates.tax_free_ore_per_mil
    text = QCoreApplication.translate(
        "ClaimTexts", "{employer_rate} enligt avtal, varav {tax_free_rate} skattefritt"
    ).format(
        employer_rate=format_rate(employer), tax_free_rate=format_rate(min(employer, tax_free))
    )
    if employer < tax_free:  # the tax-free part is then the whole rate, not Skatteverket's
        text += " " + QCoreApplication.translate(
            "ClaimTexts", "(Skatteverkets belopp {rate})"
        ).format(rate=format_rate(tax_free))
    return QCoreApplication.translate("ClaimTexts", "{rates} · resor {period}").format(
        rates=text, period=period
    )
