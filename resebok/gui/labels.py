"""The core's names for its kinds (modes, purposes, claim states, roles …) in the GUI's language.

resebok/core names them in Swedish, as its PDFs, CSV files and messages need them, and never
imports Qt. The GUI shows them through Qt's translation instead: each Swedish name is listed
below with QT_TRANSLATE_NOOP so that lupdate puts it in the .ts file, and ``label()`` looks it
up. tests/test_translations.py checks that every value of the core's label tables is listed,
so a new mode or state cannot slip through untranslated.
"""

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

# Swedish names from resebok/core (models, claims, rates, user_config, own_car_reasons,
# preapproval, backup, indicator, periods, audit, advisor, unit_table, co2).
MARKED = (
    # Mode
    QT_TRANSLATE_NOOP("Labels", "Egen bil"),
    QT_TRANSLATE_NOOP("Labels", "Kommunbil"),
    QT_TRANSLATE_NOOP("Labels", "Kollektivtrafik"),
    QT_TRANSLATE_NOOP("Labels", "Gång/cykel"),
    QT_TRANSLATE_NOOP("Labels", "Digitalt möte"),
    # PurposeCategory
    QT_TRANSLATE_NOOP("Labels", "Möte"),
    QT_TRANSLATE_NOOP("Labels", "Konferens/utbildning"),
    QT_TRANSLATE_NOOP("Labels", "Arbete på plats"),
    QT_TRANSLATE_NOOP("Labels", "Hämtning av handlingar"),
    QT_TRANSLATE_NOOP("Labels", "Hembesök"),
    QT_TRANSLATE_NOOP("Labels", "Övrigt"),
    # ClaimState, and audit actions and states
    QT_TRANSLATE_NOOP("Labels", "Utkast"),
    QT_TRANSLATE_NOOP("Labels", "Inskickad"),
    QT_TRANSLATE_NOOP("Labels", "Attesterad"),
    QT_TRANSLATE_NOOP("Labels", "Utbetald"),
    QT_TRANSLATE_NOOP("Labels", "Skapad"),
    QT_TRANSLATE_NOOP("Labels", "Skickad tillbaka"),
    QT_TRANSLATE_NOOP("Labels", "Öppnad igen"),
    QT_TRANSLATE_NOOP("Labels", "Borttagen"),
    QT_TRANSLATE_NOOP("Labels", "Resa ändrad"),
    QT_TRANSLATE_NOOP("Labels", "Exporterad igen"),
    QT_TRANSLATE_NOOP("Labels", "utkast"),
    QT_TRANSLATE_NOOP("Labels", "inskickad"),
    QT_TRANSLATE_NOOP("Labels", "attesterad"),
    QT_TRANSLATE_NOOP("Labels", "utbetald"),
    # RateKind
    QT_TRANSLATE_NOOP("Labels", "Skattefri ersättning (Skatteverket)"),
    QT_TRANSLATE_NOOP("Labels", "Arbetsgivarens ersättning (avtal)"),
    # Role
    QT_TRANSLATE_NOOP("Labels", "Anställd"),
    QT_TRANSLATE_NOOP("Labels", "Attestant"),
    QT_TRANSLATE_NOOP("Labels", "Controller"),
    # OwnCarReason
    QT_TRANSLATE_NOOP("Labels", "ingen kommunbil ledig"),
    QT_TRANSLATE_NOOP("Labels", "omväg för att hämta kommunbil"),
    QT_TRANSLATE_NOOP("Labels", "utrustning eller material att bära"),
    QT_TRANSLATE_NOOP("Labels", "skyndsamhetskrav"),
    QT_TRANSLATE_NOOP("Labels", "ingen kollektivtrafik vid den tiden"),
    QT_TRANSLATE_NOOP("Labels", "fysisk närvaro krävs"),
    QT_TRANSLATE_NOOP("Labels", "annat"),
    # ApprovalStatus
    QT_TRANSLATE_NOOP("Labels", "Väntar på godkännande"),
    QT_TRANSLATE_NOOP("Labels", "Godkänd"),
    QT_TRANSLATE_NOOP("Labels", "Nekad"),
    # BackupKind
    QT_TRANSLATE_NOOP("Labels", "Daglig"),
    QT_TRANSLATE_NOOP("Labels", "Manuell"),
    QT_TRANSLATE_NOOP("Labels", "Före återställning"),
    # indicator Status
    QT_TRANSLATE_NOOP("Labels", "Målet nås"),
    QT_TRANSLATE_NOOP("Labels", "Målet nås inte"),
    # periods Basis
    QT_TRANSLATE_NOOP("Labels", "efter resdatum"),
    QT_TRANSLATE_NOOP("Labels", "efter utbetalningsdag"),
    # unit kinds (unit_table)
    QT_TRANSLATE_NOOP("Labels", "Kommun"),
    QT_TRANSLATE_NOOP("Labels", "Nämnd"),
    QT_TRANSLATE_NOOP("Labels", "Förvaltning"),
    QT_TRANSLATE_NOOP("Labels", "Enhet"),
    # fuels (advisor)
    QT_TRANSLATE_NOOP("Labels", "bensin"),
    QT_TRANSLATE_NOOP("Labels", "diesel"),
    QT_TRANSLATE_NOOP("Labels", "HVO"),
    QT_TRANSLATE_NOOP("Labels", "biogas"),
    QT_TRANSLATE_NOOP("Labels", "el"),
    # CO₂ factors (co2)
    QT_TRANSLATE_NOOP("Labels", "Bensin"),
    QT_TRANSLATE_NOOP("Labels", "Diesel"),
    QT_TRANSLATE_NOOP("Labels", "Biogas"),
    QT_TRANSLATE_NOOP("Labels", "El (nordisk elmix)"),
    QT_TRANSLATE_NOOP("Labels", "Tåg (Sverige)"),
    QT_TRANSLATE_NOOP("Labels", "Buss"),
    QT_TRANSLATE_NOOP("Labels", "El"),
    # audit fields
    QT_TRANSLATE_NOOP("Labels", "status"),
    QT_TRANSLATE_NOOP("Labels", "datum"),
    QT_TRANSLATE_NOOP("Labels", "km"),
    QT_TRANSLATE_NOOP("Labels", "resväg"),
    QT_TRANSLATE_NOOP("Labels", "ändamål"),
    QT_TRANSLATE_NOOP("Labels", "ändamålskategori"),
    QT_TRANSLATE_NOOP("Labels", "mätarställning vid avfärd"),
    QT_TRANSLATE_NOOP("Labels", "mätarställning vid ankomst"),
    QT_TRANSLATE_NOOP("Labels", "enhet"),
    QT_TRANSLATE_NOOP("Labels", "medlemsorganisation"),
    QT_TRANSLATE_NOOP("Labels", "fordon"),
    QT_TRANSLATE_NOOP("Labels", "passagerare"),
    QT_TRANSLATE_NOOP("Labels", "starttid"),
    QT_TRANSLATE_NOOP("Labels", "sluttid"),
    QT_TRANSLATE_NOOP("Labels", "började hemma"),
    QT_TRANSLATE_NOOP("Labels", "belopp (öre)"),
    # controller_summary.OTHERS, the pie's slice for the small units
    QT_TRANSLATE_NOOP("Labels", "Övriga"),
    # unit_table.UNIT_COLUMNS headers
    QT_TRANSLATE_NOOP("Labels", "Kod"),
    QT_TRANSLATE_NOOP("Labels", "Resor"),
    QT_TRANSLATE_NOOP("Labels", "Körda km"),
    QT_TRANSLATE_NOOP("Labels", "Ersatta km"),
    QT_TRANSLATE_NOOP("Labels", "Ersättning (kr)"),
    QT_TRANSLATE_NOOP("Labels", "Skattefritt (kr)"),
    QT_TRANSLATE_NOOP("Labels", "Skattepliktigt (kr)"),
    QT_TRANSLATE_NOOP("Labels", "CO₂ (kg)"),
    QT_TRANSLATE_NOOP("Labels", "Andel av totalen"),
    QT_TRANSLATE_NOOP("Labels", "Andel av nämnden"),
    # db_location.NETWORK_WARNING, shown under a database on a network share
    QT_TRANSLATE_NOOP(
        "Labels",
        "Databasen ligger på en nätverksenhet. Det fungerar när en person i taget använder den, "
        "men om flera arbetar i samma fil samtidigt kan ändringar gå förlorade eller filen skadas. "
        "Kontrollera med IT att bara en person åt gången använder filen.",
    ),
)


def text(swedish: str) -> str:
    """One of the Swedish names above in the user interface's language (unknown: as it is)."""
    return QCoreApplication.translate(CONTEXT, swedish)


def label(value: Enum) -> str:
    """The translated ``.label`` of a core enum: ``label(Mode.OWN_CAR)`` is "Own car"."""
    return text(value.label)  # type: ignore[attr-defined]
