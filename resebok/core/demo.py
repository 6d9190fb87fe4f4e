"""The demo municipality: Lekebergs kommun with its organisation, staff, pool cars and trips.

The demo exists so that every view, report and analysis can be shown on data that looks like
the municipality's own (DESIGN.md, "Where it comes from"): kommunstyrelsen carries about 79 %
of the own-car km, the cleaning unit drives most, the pandemic cut about 16 000 km from 2019
to 2020, the archivists drive from home and charge member organisations. From 2025 the green
prompt records why the own car was kept and what was taken instead (resebok.core.demo_green).

Trips are not drawn trip by trip from fixed rates but from a yearly km volume per unit and
activity, spent day by day. That keeps the yearly figures close to the report's whatever the
seed, while the single seeded generator makes the same seed and "today" give the same database.
"""

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlite_utils import Database

from resebok.core.demo_claims import create_demo_claims
from resebok.core.demo_controller import add_demo_controller
from resebok.core.demo_green import add_demo_green
from resebok.core.distance import geodesic_km, is_far_from_suggestion
from resebok.core.fleet import add_vehicle
from resebok.core.models import Mode, Place, Trip
from resebok.core.models import PurposeCategory as Cat
from resebok.core.org import add_employee, add_member_org, add_unit, link_member_org
from resebok.core.paxml import default_payout
from resebok.core.places import all_places, load_gazetteer
from resebok.core.settings import get_setting, set_setting
from resebok.core.trips import bulk_insert_trips

MUNICIPALITY_NAME = "Lekebergs kommun"
FIRST_DAY = date(2019, 1, 1)
DEFAULT_SEED = 2021

WORK = "@arbetsplats"  # stands for the employee's workplace in the route tables below
POOL_CAR_BASE = "Kommunhuset Lekeberg"

# --- the organisation -----------------------------------------------------------------------

# (code, name, kind, parent code, kostnadsställe)
ORG_TREE: tuple[tuple[str, str, str, str | None, str], ...] = (
    ("LEK", "Lekebergs kommun", "municipality", None, "1000"),
    ("KS", "Kommunstyrelsen", "committee", "LEK", "1100"),
    ("KLF", "Kommunledningsförvaltningen", "department", "KS", "1110"),
    ("EKO", "Ekonomienheten", "unit", "KLF", "1111"),
    ("KOM", "Kommunikationsenheten", "unit", "KLF", "1112"),
    ("HR", "HR-enheten", "unit", "KLF", "1113"),
    ("NIA", "Näringsliv, integration och arbetsmarknad", "unit", "KLF", "1114"),
    ("ARK", "Sydnärke arkivenhet", "unit", "KLF", "1118"),
    ("SBA", "Samhällsbyggnadsavdelningen", "department", "KS", "1120"),
    ("TEK", "Teknik och service", "unit", "SBA", "1121"),
    ("LOK", "Lokalvårdsenheten", "unit", "SBA", "1125"),
    ("BIN", "Bildningsnämnden", "committee", "LEK", "2000"),
    ("BIF", "Bildningsförvaltningen", "department", "BIN", "2100"),
    ("EHT", "Elevhälsan", "unit", "BIF", "2110"),
    ("FSK", "Förskoleverksamheten", "unit", "BIF", "2120"),
    ("KUF", "Kultur och fritid", "unit", "BIF", "2130"),
    ("VON", "Vård- och omsorgsnämnden", "committee", "LEK", "3000"),
    ("VOF", "Vård- och omsorgsförvaltningen", "department", "VON", "3100"),
    ("BIS", "Biståndsenheten", "unit", "VOF", "3110"),
    ("HSL", "Hälso- och sjukvårdsenheten", "unit", "VOF", "3120"),
    ("IFO", "Individ- och familjeomsorgen", "unit", "VOF", "3130"),
    ("MBN", "Miljö- och byggnadsnämnden", "committee", "LEK", "4000"),
    ("MBF", "Miljö- och byggförvaltningen", "department", "MBN", "4100"),
    ("MHS", "Miljö- och hälsoskydd", "unit", "MBF", "4110"),
    ("BYG", "Bygglov", "unit", "MBF", "4120"),
)

# The archive's member organisations: (code, name, the municipality whose places it pays for).
# The two joint bodies pay for trips to their own office, which carries their name.
ARCHIVE_UNIT = "ARK"
MEMBER_ORGS: tuple[tuple[str, str, str | None], ...] = (
    ("HBG", "Hallsbergs kommun", "Hallsberg"),
    ("KUM", "Kumla kommun", "Kumla"),
    ("LAX", "Laxå kommun", "Laxå"),
    ("ASK", "Askersunds kommun", "Askersund"),
    ("LEK", "Lekebergs kommun", "Lekeberg"),
    ("SKF", "Sydnärkes kommunalförbund", None),
    ("SUF", "Sydnärkes utbildningsförbund", None),
)

# Pool cars: (registration, model, fuel, the unit that has it or None for all, in service from,
# odometer when it came). The cleaning unit's cars came with the 2022 budget.
VEHICLES: tuple[tuple[str, str, str, str | None, date, int], ...] = (
    ("MLB 214", "Renault Zoe", "electric", None, FIRST_DAY, 18_420),
    ("KGT 538", "Volkswagen Golf TGI", "biogas", None, FIRST_DAY, 41_075),
    ("RXN 407", "Toyota Corolla Hybrid", "petrol", None, FIRST_DAY, 9_310),
    ("WJS 318", "Renault Kangoo E-Tech", "electric", "LOK", date(2022, 3, 1), 12),
    ("BUY 731", "Volkswagen Caddy TGI", "biogas", "LOK", date(2022, 3, 1), 25),
    ("HFL 852", "Renault Kangoo E-Tech", "electric", "LOK", date(2022, 3, 1), 8),
)

FIRST_NAMES = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina", "Elin", "Johanna",
    "Linnea", "Malin", "Sofia", "Ida", "Helena", "Camilla", "Jenny", "Ingrid", "Marie", "Hanna",
    "Fatima", "Amira", "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Mikael", "Peter",
    "Jonas", "Magnus", "Fredrik", "Mattias", "Daniel", "Oskar", "Henrik", "Stefan", "Ahmed",
    "Ali", "Nils", "Gustav", "Björn", "Ulf",
)  # fmt: skip
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Hassan", "Forsberg",
    "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Hedlund",
)  # fmt: skip

# Where people live when the unit's table does not say: mostly in Lekeberg, many in Örebro.
COMMON_HOMES = (("Fjugesta", 55), ("Örebro", 25), ("Kumla", 10), ("Hallsberg", 6), ("Laxå", 4))

# The villages that the buildings out in the municipality stand for ("Hembesök i Mullhyttan").
VILLAGES = {
    "Mullhyttans skola": "Mullhyttan",
    "Lanna skola": "Lanna",
    "Hidinge förskola": "Hidinge",
    "Tångeråsa bygdegård": "Tångeråsa",
}

# Destinations that a bus from Fjugesta reaches without a change.
BUS_DESTINATIONS = frozenset({"Örebro", "Region Örebro län", "Örebro centralstation"})

# --- what each unit does on the road ----------------------------------------------------------


@dataclass(frozen=True)
class Route:
    stops: tuple[str, ...]
    weight: int = 1


def tour(*places: str, weight: int = 1) -> Route:
    """From the workplace via *places* and back: most business trips are round trips."""
    return Route((WORK, *places, WORK), weight)


@dataclass(frozen=True)
class Activity:
    """One kind of trip a unit makes, with its yearly volume of travelled km in 2019.

    Purposes may use {plats} (the first destination), {platser} (all of them), {ort} (its
    village or town) and {org} (the member organisation charged).
    """

    category: Cat
    km_per_year: float
    routes: tuple[Route, ...]
    purposes: tuple[str, ...]
    goes_online: bool = False  # meetings and conferences that the pandemic moved online
    minutes_at_stop: tuple[int, int] = (45, 120)


@dataclass(frozen=True)
class UnitProfile:
    code: str
    staff: int
    workplace: str
    activities: tuple[Activity, ...]
    homes: tuple[tuple[str, int], ...] = COMMON_HOMES
    fixed_homes: tuple[str, ...] = ()  # homes in staff order, when the story needs them
    walk_share: float = 0.6  # of the trips short enough to walk or cycle
    pool_share: float = 0.1  # of the car trips made in a pool car when one is free
    from_home_share: float = 0.0  # of the trips that start nearer home than work
    weekend_weight: float = 0.0  # a weekend day's share of a working day's trips
    routes_per_employee: int = 0  # > 0: each employee keeps to a few routes (a district)


SCHOOL_MEETING_PLACES = (
    tour("Region Örebro län", weight=3),
    tour("Örebro", weight=2),
    tour("Kumla kommunhus"),
    tour("Hallsbergs kommunhus"),
)
CONFERENCE_PLACES = (tour("Örebro", weight=3), tour("Örebro centralstation"))
CONFERENCES = (
    "Konferens i Örebro",
    "Utbildningsdag, Region Örebro län",
    "Kurs med SKR:s regionala nätverk",
)

UNIT_PROFILES: tuple[UnitProfile, ...] = (
    UnitProfile(
        code="LOK",
        staff=14,
        workplace="Kommunhuset Lekeberg",
        homes=(("Fjugesta", 85), ("Örebro", 10), ("Kumla", 5)),
        walk_share=0.15,
        pool_share=0.0,  # no work vehicles until the unit's own cars came in 2022
        weekend_weight=0.02,
        routes_per_employee=3,
        activities=(
            Activity(
                Cat.SITE_WORK,
                38_500,
                (
                    tour("Lanna skola", "Hidinge förskola", weight=2),
                    tour("Mullhyttans skola", "Tångeråsa bygdegård", weight=2),
                    tour("Mullhyttans skola", weight=3),
                    tour("Lanna skola", weight=2),
                    tour("Hidinge förskola", weight=2),
                    tour("Tångeråsa bygdegård"),
                    tour("Lekebergsskolan", "Mullhyttans skola", weight=2),
                    tour("Kyrkbyns förskola", "Lanna skola", "Hidinge förskola"),
                    tour("Lekebergsskolan", "Lekebergs sporthall", "Förskolan Regnbågen", weight=3),
                    tour("Hagaskolan", "Solbacka äldreboende", "Kyrkbyns förskola", weight=3),
                    tour("Lekebergs bibliotek", "Hagaskolan", weight=2),
                    tour("Fjugesta reningsverk", "Lekebergs återvinningscentral", weight=2),
                ),
                (
                    "Lokalvård {platser}",
                    "Lokalvård {platser}",
                    "Lokalvård {platser}",
                    "Storstädning {plats}",
                    "Golvvård {plats}",
                    "Fönsterputs {plats}",
                    "Påfyllning av förbrukningsmaterial, {platser}",
                ),
                minutes_at_stop=(60, 150),
            ),
        ),
    ),
    UnitProfile(
        code="ARK",
        staff=5,
        workplace="Arkivdepå Fjugesta",
        fixed_homes=("Hallsberg", "Kumla", "Askersund", "Örebro", "Kumla"),
        walk_share=0.4,
        pool_share=0.15,
        from_home_share=0.75,
        activities=(
            Activity(
                Cat.DOCUMENT_RETRIEVAL,
                12_500,
                (
                    tour("Hallsbergs kommunhus", weight=4),
                    tour("Kumla kommunhus", weight=5),
                    tour("Laxå kommunhus", weight=2),
                    tour("Askersunds kommunhus", weight=3),
                    tour("Lekebergsskolan"),
                    tour("Mullhyttans skola"),
                    tour("Solbacka äldreboende"),
                    tour("Sydnärkes kommunalförbund", weight=2),
                    tour("Sydnärkes utbildningsförbund", weight=2),
                    tour("Hallsbergs kommunhus", "Sydnärkes utbildningsförbund"),
                    tour("Kumla kommunhus", "Sydnärkes kommunalförbund"),
                    tour("Askersunds kommunhus", "Laxå kommunhus"),
                ),
                (
                    "Hämtning av arkivleverans, {org}",
                    "Skyndsam begäran om allmän handling, {org}",
                    "Skyndsam begäran om allmän handling, {org}",
                    "Arkivinventering, {org}",
                    "Återlämning av lånade handlingar, {org}",
                    "Hämtning av handlingar för digitalisering, {org}",
                ),
                minutes_at_stop=(30, 120),
            ),
            Activity(
                Cat.MEETING,
                3_300,
                (
                    tour("Hallsbergs kommunhus", weight=2),
                    tour("Kumla kommunhus", weight=2),
                    tour("Laxå kommunhus"),
                    tour("Askersunds kommunhus"),
                    tour("Sydnärkes kommunalförbund"),
                    tour("Sydnärkes utbildningsförbund"),
                ),
                (
                    "Rådgivning om informationshantering, {org}",
                    "Arkivträff med registratorer, {org}",
                    "Utbildning i dokumenthantering, {org}",
                ),
                goes_online=True,
                minutes_at_stop=(60, 180),
            ),
            Activity(
                Cat.MEETING,
                1_800,
                (tour("Region Örebro län", weight=2), tour("Örebro")),
                ("Nätverksträff för arkivarier i länet", "Möte om e-arkiv i Örebro län"),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="TEK",
        staff=6,
        workplace="Kommunhuset Lekeberg",
        pool_share=0.12,
        activities=(
            Activity(
                Cat.SITE_WORK,
                6_600,
                (
                    tour("Fjugesta reningsverk", weight=3),
                    tour("Lekebergs återvinningscentral", weight=2),
                    tour("Mullhyttans skola", weight=2),
                    tour("Lanna skola", "Hidinge förskola", weight=2),
                    tour("Tångeråsa bygdegård"),
                    tour("Lekebergsskolan", "Hagaskolan", "Solbacka äldreboende", weight=2),
                    tour("Lekebergs sporthall"),
                ),
                (
                    "Fastighetsbesiktning {plats}",
                    "Felanmälan ventilation, {plats}",
                    "Tillsyn VA-anläggning, {plats}",
                    "Byggmöte {plats}",
                    "Ronda fastigheter, {platser}",
                ),
            ),
            Activity(
                Cat.MEETING,
                3_500,
                (
                    tour("Region Örebro län"),
                    tour("Örebro", weight=2),
                    tour("Kumla kommunhus", weight=2),
                    tour("Hallsbergs kommunhus"),
                ),
                (
                    "Möte om VA-samverkan i Sydnärke",
                    "Möte med Länsstyrelsen",
                    "Upphandlingsmöte entreprenad",
                    "Nätverksträff fastighetschefer",
                ),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="NIA",
        staff=5,
        workplace="Kommunhuset Lekeberg",
        from_home_share=0.2,
        activities=(
            Activity(
                Cat.MEETING,
                5_400,
                (
                    tour("Örebro", weight=3),
                    tour("Region Örebro län", weight=2),
                    tour("Mullhyttans skola"),
                    tour("Lanna skola"),
                    tour("Hallsbergs kommunhus"),
                    tour("Kumla kommunhus"),
                ),
                (
                    "Möte med Arbetsförmedlingen",
                    "Företagsbesök i {ort}",
                    "Näringslivsfrukost i {ort}",
                    "Samverkansmöte arbetsmarknad",
                    "Möte om etablering av nyanlända",
                ),
                goes_online=True,
            ),
            Activity(
                Cat.SITE_WORK,
                900,
                (tour("Lekebergs återvinningscentral", weight=2), tour("Fjugesta reningsverk")),
                ("Handledning arbetsmarknadsinsats, {plats}", "Uppföljning praktikplats {plats}"),
            ),
            Activity(
                Cat.HOME_VISIT,
                600,
                (tour("Fjugesta", weight=3), tour("Mullhyttans skola"), tour("Hidinge förskola")),
                ("Hembesök nyanländ familj i {ort}", "Hembesök i {ort}"),
                minutes_at_stop=(30, 90),
            ),
        ),
    ),
    UnitProfile(
        code="HR",
        staff=4,
        workplace="Kommunhuset Lekeberg",
        from_home_share=0.2,
        activities=(
            Activity(
                Cat.MEETING,
                3_200,
                (
                    tour("Region Örebro län", weight=2),
                    tour("Örebro", weight=2),
                    tour("Kumla kommunhus"),
                    tour("Hallsbergs kommunhus"),
                ),
                (
                    "HR-nätverk Sydnärke",
                    "Förhandling med fackförbund",
                    "Möte med företagshälsovården",
                    "Nätverksträff lönekartläggning",
                ),
                goes_online=True,
            ),
            Activity(
                Cat.CONFERENCE,
                900,
                CONFERENCE_PLACES,
                ("Arbetsrättsdagarna", "Utbildning i arbetsmiljö (BAM)", *CONFERENCES),
                goes_online=True,
                minutes_at_stop=(240, 420),
            ),
            Activity(
                Cat.SITE_WORK,
                500,
                (
                    tour("Solbacka äldreboende", weight=2),
                    tour("Mullhyttans skola"),
                    tour("Lanna skola"),
                ),
                ("Arbetsmiljörond {plats}", "Rekryteringsintervjuer {plats}"),
            ),
        ),
    ),
    UnitProfile(
        code="EKO",
        staff=5,
        workplace="Kommunhuset Lekeberg",
        from_home_share=0.2,
        activities=(
            Activity(
                Cat.MEETING,
                3_800,
                (
                    tour("Region Örebro län", weight=3),
                    tour("Kumla kommunhus", weight=2),
                    tour("Hallsbergs kommunhus"),
                    tour("Örebro", weight=2),
                ),
                (
                    "Nätverksträff ekonomichefer i länet",
                    "Möte om gemensam upphandling",
                    "Möte med revisorerna",
                    "Budgetsamråd Sydnärke",
                ),
                goes_online=True,
            ),
            Activity(
                Cat.CONFERENCE,
                900,
                CONFERENCE_PLACES,
                ("Kommunekonomernas dag", "Utbildning i kommunal redovisning", *CONFERENCES),
                goes_online=True,
                minutes_at_stop=(240, 420),
            ),
            Activity(
                Cat.MEETING,
                150,
                (tour("Lekebergsskolan"), tour("Solbacka äldreboende")),
                ("Budgetuppföljning med rektor", "Budgetuppföljning med enhetschef"),
            ),
        ),
    ),
    UnitProfile(
        code="KOM",
        staff=3,
        workplace="Kommunhuset Lekeberg",
        activities=(
            Activity(
                Cat.MEETING,
                1_900,
                (tour("Region Örebro län", weight=2), tour("Örebro"), tour("Kumla kommunhus")),
                ("Nätverk kommunikatörer i länet", "Möte om krisinformation", "Webbnätverk"),
                goes_online=True,
            ),
            Activity(
                Cat.CONFERENCE,
                500,
                CONFERENCE_PLACES,
                ("Kommunikatörsdagarna", *CONFERENCES),
                goes_online=True,
                minutes_at_stop=(240, 420),
            ),
            Activity(
                Cat.SITE_WORK,
                1_000,
                (
                    tour("Mullhyttans skola"),
                    tour("Tångeråsa bygdegård"),
                    tour("Lanna skola"),
                    tour("Lekebergsskolan", weight=2),
                ),
                ("Fotografering {plats}", "Medborgardialog i {ort}", "Filmning för webben, {ort}"),
            ),
        ),
    ),
    UnitProfile(
        code="EHT",
        staff=7,
        workplace="Lekebergsskolan",
        activities=(
            Activity(
                Cat.SITE_WORK,
                3_400,
                (
                    tour("Mullhyttans skola", weight=3),
                    tour("Lanna skola", weight=2),
                    tour("Hidinge förskola"),
                    tour("Hagaskolan", weight=2),
                ),
                (
                    "Skolsköterskemottagning {plats}",
                    "Hälsobesök {plats}",
                    "Elevhälsoteam {plats}",
                    "Skolpsykolog {plats}",
                ),
            ),
            Activity(
                Cat.MEETING,
                1_100,
                SCHOOL_MEETING_PLACES,
                ("Samverkansmöte med BUP", "Nätverk skolsköterskor", "Möte med socialtjänsten"),
                goes_online=True,
            ),
            Activity(
                Cat.HOME_VISIT,
                400,
                (tour("Fjugesta", weight=2), tour("Mullhyttans skola"), tour("Lanna skola")),
                ("Hembesök elev i {ort}",),
                minutes_at_stop=(30, 90),
            ),
        ),
    ),
    UnitProfile(
        code="FSK",
        staff=5,
        workplace="Förskolan Regnbågen",
        activities=(
            Activity(
                Cat.MEETING,
                1_400,
                (
                    tour("Hidinge förskola", weight=2),
                    tour("Kyrkbyns förskola"),
                    tour("Lanna skola"),
                ),
                ("Ledningsgrupp förskolan", "Pedagogisk handledning {plats}", "APT {plats}"),
                goes_online=True,
            ),
            Activity(
                Cat.CONFERENCE,
                600,
                CONFERENCE_PLACES,
                ("Förskolekonferens", *CONFERENCES),
                goes_online=True,
                minutes_at_stop=(240, 420),
            ),
        ),
    ),
    UnitProfile(
        code="KUF",
        staff=4,
        workplace="Lekebergs bibliotek",
        weekend_weight=0.25,
        activities=(
            Activity(
                Cat.SITE_WORK,
                1_500,
                (
                    tour("Tångeråsa bygdegård", weight=2),
                    tour("Mullhyttans skola", weight=2),
                    tour("Lekebergs sporthall", weight=2),
                    tour("Lanna skola"),
                ),
                (
                    "Kulturarrangemang {plats}",
                    "Skolbiblioteket {plats}",
                    "Lovaktivitet {plats}",
                    "Föreningsbesök i {ort}",
                ),
            ),
            Activity(
                Cat.MEETING,
                1_000,
                (tour("Region Örebro län", weight=2), tour("Örebro")),
                ("Möte med Region Örebro läns kulturenhet", "Biblioteksnätverk i länet"),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="BIS",
        staff=5,
        workplace="Kommunhuset Lekeberg",
        activities=(
            Activity(
                Cat.HOME_VISIT,
                3_300,
                (
                    tour("Fjugesta", weight=3),
                    tour("Mullhyttans skola", weight=2),
                    tour("Lanna skola", weight=2),
                    tour("Hidinge förskola"),
                    tour("Tångeråsa bygdegård"),
                ),
                ("Hembesök, biståndsbedömning i {ort}", "Uppföljningsbesök i {ort}"),
                minutes_at_stop=(30, 90),
            ),
            Activity(
                Cat.MEETING,
                1_000,
                (tour("Region Örebro län", weight=3), tour("Solbacka äldreboende", weight=2)),
                ("Vårdplanering", "Samordnad individuell plan (SIP)", "Vårdplanering {plats}"),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="HSL",
        staff=8,
        workplace="Solbacka äldreboende",
        walk_share=0.3,
        weekend_weight=0.3,
        activities=(
            Activity(
                Cat.HOME_VISIT,
                4_300,
                (
                    tour("Fjugesta", weight=3),
                    tour("Mullhyttans skola", weight=2),
                    tour("Lanna skola", weight=2),
                    tour("Hidinge förskola", weight=2),
                    tour("Tångeråsa bygdegård"),
                    tour("Lanna skola", "Hidinge förskola"),
                ),
                (
                    "Hemsjukvård i {ort}",
                    "Hembesök, såromläggning i {ort}",
                    "Läkemedelsgenomgång i {ort}",
                ),
                minutes_at_stop=(20, 60),
            ),
            Activity(
                Cat.MEETING,
                1_200,
                (tour("Region Örebro län", weight=3), tour("Örebro")),
                ("Samverkansmöte med primärvården", "Nätverk medicinskt ansvariga sjuksköterskor"),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="IFO",
        staff=6,
        workplace="Kommunhuset Lekeberg",
        activities=(
            Activity(
                Cat.HOME_VISIT,
                2_000,
                (
                    tour("Fjugesta", weight=3),
                    tour("Mullhyttans skola"),
                    tour("Lanna skola"),
                    tour("Hidinge förskola"),
                ),
                ("Hembesök i {ort}", "Utredningssamtal i hemmet, {ort}"),
                minutes_at_stop=(45, 120),
            ),
            Activity(
                Cat.MEETING,
                1_400,
                (tour("Örebro", weight=2), tour("Region Örebro län"), tour("Kumla kommunhus")),
                (
                    "Förhandling i tingsrätten",
                    "Samverkansmöte med BUP",
                    "Nätverk socialsekreterare",
                ),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="MHS",
        staff=3,
        workplace="Kommunhuset Lekeberg",
        activities=(
            Activity(
                Cat.SITE_WORK,
                800,
                (
                    tour("Fjugesta reningsverk"),
                    tour("Lekebergs återvinningscentral"),
                    tour("Mullhyttans skola"),
                    tour("Solbacka äldreboende", "Lekebergsskolan"),
                    tour("Tångeråsa bygdegård"),
                ),
                ("Livsmedelskontroll {plats}", "Miljötillsyn {plats}", "Inspektion {plats}"),
            ),
            Activity(
                Cat.MEETING,
                400,
                (tour("Örebro", weight=2), tour("Kumla kommunhus")),
                ("Möte med Länsstyrelsen", "Nätverk miljöinspektörer"),
                goes_online=True,
            ),
        ),
    ),
    UnitProfile(
        code="BYG",
        staff=2,
        workplace="Kommunhuset Lekeberg",
        activities=(
            Activity(
                Cat.SITE_WORK,
                450,
                (
                    tour("Mullhyttans skola"),
                    tour("Lanna skola"),
                    tour("Hidinge förskola"),
                    tour("Tångeråsa bygdegård"),
                ),
                (
                    "Slutsamråd i {ort}",
                    "Platsbesök bygglov i {ort}",
                    "Tillsyn olovligt byggande, {ort}",
                ),
            ),
            Activity(
                Cat.MEETING,
                200,
                (tour("Örebro"), tour("Kumla kommunhus")),
                ("Nätverk byggnadsinspektörer", "Möte med Lantmäteriet"),
                goes_online=True,
            ),
        ),
    ),
)

# --- time: working days, seasons, the pandemic, trends ---------------------------------------

PANDEMIC_START = date(2020, 3, 16)
RESTRICTIONS_LIFTED = date(2021, 10, 1)
NEW_NORMAL = date(2022, 4, 1)
# From each date on, the share of the 2019 meeting and conference travel still made: the
# pandemic moved most of it online, and digital meetings stayed once restrictions ended.
ONLINE_PHASES: tuple[tuple[date, float], ...] = (
    (PANDEMIC_START, 0.17),
    (date(2021, 6, 1), 0.35),  # restrictions eased step by step over the summer
    (RESTRICTIONS_LIFTED, 0.6),
    (NEW_NORMAL, 0.72),
)


def online_factor(day: date) -> float:
    """How much of the 2019 meeting and conference travel is still made on *day*."""
    factor = 1.0
    for since, share in ONLINE_PHASES:
        if day >= since:
            factor = share
    return factor


def in_pandemic(day: date) -> bool:
    return PANDEMIC_START <= day < RESTRICTIONS_LIFTED


# Slow changes per unit and year; digitised archives mean fewer trips for the archivists.
TRENDS: dict[str, dict[int, float]] = {
    "ARK": {2022: 0.95, 2023: 0.9, 2024: 0.85, 2025: 0.82, 2026: 0.8},
    "*": {2023: 0.98, 2024: 0.96, 2025: 0.95, 2026: 0.94},
}


def trend(unit_code: str, year: int) -> float:
    return TRENDS.get(unit_code, TRENDS["*"]).get(year, 1.0)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day = divmod(h + lw - 7 * m + 114, 31)
    return date(year, month, day + 1)


def swedish_holidays(year: int) -> set[date]:
    """Public holidays, plus the eves that are days off (midsommar-, jul- och nyårsafton)."""
    easter = easter_sunday(year)
    midsummer_eve = next(date(year, 6, d) for d in range(19, 26) if date(year, 6, d).weekday() == 4)
    fixed = [(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)]
    return {date(year, m, d) for m, d in fixed} | {
        easter - timedelta(days=2),
        easter + timedelta(days=1),
        easter + timedelta(days=39),
        midsummer_eve,
    }


def season(day: date) -> float:
    """Summer holidays and Christmas empty the roads of business trips."""
    if day.month == 7:
        return 0.2
    if (day.month == 6 and day.day >= 20) or (day.month == 8 and day.day <= 14):
        return 0.6
    if (day.month == 12 and day.day >= 21) or (day.month == 1 and day.day <= 6):
        return 0.5
    return 1.0


def days_between(first: date, last: date) -> Iterator[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def payout_date(day: date) -> date:
    """Mileage allowance is paid with the salary on the 25th of the month after the trip."""
    return default_payout(day)


def trip_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# --- building the database --------------------------------------------------------------------


@dataclass(frozen=True)
class DemoStats:
    units: int
    employees: int
    vehicles: int
    trips: int
    places: int
    claims: int = 0

    def describe(self) -> str:
        parts = [
            _count(self.units, "enhet", "enheter"),
            _count(self.employees, "anställd", "anställda"),
            _count(self.vehicles, "kommunbil", "kommunbilar"),
            _count(self.trips, "resa", "resor"),
        ]
        if self.claims:
            parts.append(_count(self.claims, "reseräkning", "reseräkningar"))
        return ", ".join(parts)


def _count(n: int, singular: str, plural: str) -> str:
    digits = f"{n:,}".replace(",", " ")  # Swedish groups thousands with a space
    return f"{digits} {singular if n == 1 else plural}"


@dataclass
class Staff:
    id: int
    profile: UnitProfile
    unit_id: int
    home_id: int
    work_id: int
    routes: dict[int, tuple[Route, ...]] = field(default_factory=dict)  # by activity index


@dataclass(frozen=True)
class PoolCar:
    id: int
    unit_code: str | None
    in_service_from: date
    odometer: int


def build_demo(
    db: Database, today: date | None = None, seed: int = DEFAULT_SEED, *, with_claims: bool = True
) -> DemoStats:
    """Fill the empty, migrated *db* with the demo municipality; same seed, same database.

    ``with_claims=False`` stops before the claims, for tests that build those themselves.
    """
    today = today or date.today()
    if next(db.query("SELECT COUNT(*) AS n FROM org_units"))["n"]:
        raise ValueError("Demon kan bara byggas i en tom databas.")
    rng = random.Random(seed)
    with db.atomic():
        load_gazetteer(db)
        set_setting(db, "municipality_name", MUNICIPALITY_NAME)
        places = {place.name: place for place in all_places(db)}
        units = _add_organisation(db)
        member_orgs = _add_member_orgs(db, units[ARCHIVE_UNIT])
        staff = _add_staff(db, rng, units, places)
        cars = _add_pool_cars(db, places)
        generator = TripGenerator(
            rng,
            places,
            staff,
            cars,
            member_orgs,
            road_factor=float(get_setting(db, "road_factor")),
            flag_share=float(get_setting(db, "km_flag_share")),
        )
        trips = generator.trips(FIRST_DAY, today)
        bulk_insert_trips(db, trips)
        # Stamp each trip as entered on its own day, so that the database content follows
        # from seed and "today" alone rather than from the clock.
        db.execute(
            "UPDATE trips SET created_at = date || 'T' || COALESCE(end_time, '16:00') || ':00', "
            "updated_at = date || 'T' || COALESCE(end_time, '16:00') || ':00'"
        )
        # Claims in every state, attestants and payroll batches (a separate stream of random
        # numbers, so that changing the claims never changes the trips).
        if with_claims:
            create_demo_claims(db, today, random.Random(seed + 1))
        # The green prompt from its introduction in 2025: decisions, offers, digital meetings.
        add_demo_green(db, today, random.Random(seed + 2))
        # The controller's indicator targets and the 2021 interim report's analysis.
        add_demo_controller(db)
    return demo_stats(db)


def demo_stats(db: Database) -> DemoStats:
    def count(sql: str) -> int:
        return int(next(db.query(sql))["n"])

    return DemoStats(
        units=count("SELECT COUNT(*) AS n FROM org_units WHERE kind = 'unit'"),
        employees=count("SELECT COUNT(*) AS n FROM employees"),
        vehicles=count("SELECT COUNT(*) AS n FROM vehicles"),
        trips=count("SELECT COUNT(*) AS n FROM trips"),
        places=count("SELECT COUNT(*) AS n FROM places"),
        claims=count("SELECT COUNT(*) AS n FROM claims"),
    )


def _add_organisation(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    for code, name, kind, parent, kostnadsstalle in ORG_TREE:
        parent_id = ids[parent] if parent else None
        ids[code] = add_unit(db, code, name, kind, parent_id, kostnadsstalle).id
    return ids


def _add_member_orgs(db: Database, archive_id: int) -> dict[str, tuple[int, str]]:
    """The archive's member organisations by what they pay for: a municipality or an office."""
    charged: dict[str, tuple[int, str]] = {}
    for code, name, municipality in MEMBER_ORGS:
        org = add_member_org(db, code, name)
        link_member_org(db, archive_id, org.id)
        charged[municipality or name] = (org.id, name)
    return charged


def _employee_names(rng: random.Random, count: int) -> list[str]:
    picks = rng.sample(range(len(FIRST_NAMES) * len(SURNAMES)), count)
    return [f"{FIRST_NAMES[p // len(SURNAMES)]} {SURNAMES[p % len(SURNAMES)]}" for p in picks]


def _add_staff(
    db: Database, rng: random.Random, units: dict[str, int], places: dict[str, Place]
) -> list[Staff]:
    road_factor = float(get_setting(db, "road_factor"))
    names = iter(_employee_names(rng, sum(p.staff for p in UNIT_PROFILES)))
    staff: list[Staff] = []
    for profile in UNIT_PROFILES:
        work = places[profile.workplace]
        for n in range(profile.staff):
            if n < len(profile.fixed_homes):
                home = places[profile.fixed_homes[n]]
            else:
                towns, weights = zip(*profile.homes, strict=True)
                home = places[rng.choices(towns, weights)[0]]
            commute = max(1.0, round((geodesic_km([home, work]) or 0.0) * road_factor))
            employee = add_employee(
                db,
                number=str(1001 + len(staff)),
                name=next(names),
                unit_id=units[profile.code],
                home_place_id=home.id,
                workplace_place_id=work.id,
                commute_km=commute,
            )
            member = Staff(employee.id, profile, units[profile.code], home.id, work.id)
            for index, activity in enumerate(profile.activities):
                routes = _routes_away_from_home(activity.routes, home.name)
                member.routes[index] = _district(rng, routes, profile.routes_per_employee)
            staff.append(member)
    return staff


def _routes_away_from_home(routes: tuple[Route, ...], home: str) -> tuple[Route, ...]:
    """The routes that do not visit the employee's home town as a destination.

    Homes are town centres in the gazetteer, and so are some destinations ("Örebro"). A trip
    to one's own home place would read as commuting, so its owner takes the other routes.
    """
    usable = tuple(route for route in routes if home not in route.stops[1:-1])
    if not usable:
        raise ValueError(f"Demodata: varje rutt går till {home}, där den anställde bor.")
    return usable


def _district(rng: random.Random, routes: tuple[Route, ...], size: int) -> tuple[Route, ...]:
    """The routes one employee keeps to: a cleaner serves the same buildings week after week."""
    if size <= 0 or size >= len(routes):
        return routes
    chosen: list[Route] = []
    while len(chosen) < size:
        route = rng.choices(routes, [r.weight for r in routes])[0]
        if route not in chosen:
            chosen.append(route)
    return tuple(chosen)


def _add_pool_cars(db: Database, places: dict[str, Place]) -> list[PoolCar]:
    base = places[POOL_CAR_BASE].id
    cars = []
    for registration, model, fuel, unit_code, since, odometer in VEHICLES:
        vehicle = add_vehicle(db, registration, model, fuel, base)
        cars.append(PoolCar(vehicle.id, unit_code, since, odometer))
    return cars


# --- the trips --------------------------------------------------------------------------------


WALK_MAX_KM = 3.5
LATEST_END_MINUTE = 22 * 60
SHARE_WITHOUT_TIMES = 0.12
SHARE_SMALL_DETOUR = 0.06
SHARE_FLAGGED = 0.001
ODOMETER_MIN_KM = 10.0  # nobody notes the odometer for a trip across town


class TripGenerator:
    """Spends each unit's yearly km volume day by day as trips by its employees."""

    def __init__(
        self,
        rng: random.Random,
        places: dict[str, Place],
        staff: list[Staff],
        cars: list[PoolCar],
        member_orgs: dict[str, tuple[int, str]],
        road_factor: float,
        flag_share: float,
    ):
        self.rng = rng
        self.places = places
        self.by_id = {place.id: place for place in places.values()}
        self.staff_by_unit: dict[str, list[Staff]] = {}
        for member in staff:
            self.staff_by_unit.setdefault(member.profile.code, []).append(member)
        self.cars = cars
        self.member_orgs = member_orgs
        self.road_factor = road_factor
        self.flag_share = flag_share
        self.base_id = places[POOL_CAR_BASE].id
        self._route_km: dict[tuple[int, ...], float] = {}
        self._straight_km: dict[tuple[int, int], float] = {}
        self._norms: dict[tuple[int, float], float] = {}
        self._holidays: dict[int, set[date]] = {}
        # what happened today: when each employee and car is free, how many trips each made
        self._free_at: dict[int, int] = {}
        self._trips_today: dict[int, int] = {}
        self._car_free_at: dict[int, int] = {}
        self._car_trips: list[tuple[Trip, int]] = []
        self._owed: dict[tuple[str, str], float] = {}

    # distances ----------------------------------------------------------------------------

    def route_km(self, stop_ids: Sequence[int]) -> float:
        """The road km of a route, fixed once so that the route's history stays consistent."""
        key = tuple(stop_ids)
        if key not in self._route_km:
            straight = geodesic_km([self.by_id[i] for i in key]) or 0.0
            self._route_km[key] = max(0.3, round(straight * self.road_factor, 1))
        return self._route_km[key]

    def straight_km(self, a: int, b: int) -> float:
        key = (min(a, b), max(a, b))
        if key not in self._straight_km:
            self._straight_km[key] = geodesic_km([self.by_id[a], self.by_id[b]]) or 0.0
        return self._straight_km[key]

    # the calendar ---------------------------------------------------------------------------

    def holidays(self, year: int) -> set[date]:
        if year not in self._holidays:
            self._holidays[year] = swedish_holidays(year)
        return self._holidays[year]

    def day_weight(self, day: date, weekend_weight: float) -> float:
        if day.weekday() >= 5 or day in self.holidays(day.year):
            return weekend_weight
        return season(day)

    def year_norm(self, year: int, weekend_weight: float) -> float:
        """The sum of a year's day weights, so that a full year spends the whole volume."""
        key = (year, weekend_weight)
        if key not in self._norms:
            days = days_between(date(year, 1, 1), date(year, 12, 31))
            self._norms[key] = sum(self.day_weight(d, weekend_weight) for d in days)
        return self._norms[key]

    # the day loop ---------------------------------------------------------------------------

    def trips(self, first: date, last: date) -> list[Trip]:
        trips: list[Trip] = []
        budgets: dict[tuple[str, int], float] = {}
        for day in days_between(first, last):
            self._free_at.clear()
            self._trips_today.clear()
            self._car_free_at.clear()
            for profile in UNIT_PROFILES:
                weight = self.day_weight(day, profile.weekend_weight)
                if weight == 0:
                    continue
                share = weight / self.year_norm(day.year, profile.weekend_weight)
                share *= trend(profile.code, day.year)
                for index, activity in enumerate(profile.activities):
                    volume = activity.km_per_year * share * self.rng.uniform(0.9, 1.1)
                    if activity.goes_online:
                        volume *= online_factor(day)
                    budget = budgets.get((profile.code, index), 0.0) + volume
                    while budget > 0:
                        trip = self.make_trip(day, profile, index)
                        trips.append(trip)
                        budget -= trip.km
                    budgets[(profile.code, index)] = budget
        self._set_odometers()
        for trip in trips:
            if trip.mode == Mode.OWN_CAR:
                paid = payout_date(trip.date)
                trip.paid_on = paid if paid <= last else None
        return trips

    # one trip -------------------------------------------------------------------------------

    def pick_employee(self, profile: UnitProfile) -> Staff:
        """Whoever has travelled least today: work is shared out over the unit's staff."""
        candidates = self.staff_by_unit[profile.code]
        return min(candidates, key=lambda s: (self._trips_today.get(s.id, 0), self.rng.random()))

    def make_trip(self, day: date, profile: UnitProfile, activity_index: int) -> Trip:
        activity = profile.activities[activity_index]
        member = self.pick_employee(profile)
        routes = member.routes[activity_index]
        route = self.rng.choices(routes, [r.weight for r in routes])[0]
        stops = [member.work_id if name == WORK else self.places[name].id for name in route.stops]
        destinations = stops[1:-1]
        mode = self.choose_mode(day, profile, stops)
        car: PoolCar | None = None
        if mode == Mode.POOL_CAR:
            car, stops = self.take_pool_car(day, profile, stops)
            if car is None:
                mode = Mode.OWN_CAR
        from_home = False
        if mode == Mode.OWN_CAR and self.rng.random() < profile.from_home_share:
            stops, from_home = self.start_from_home(member, stops)
        suggested = self.route_km(stops)
        if from_home and suggested <= WALK_MAX_KM:
            mode = Mode.WALK_CYCLE  # the meeting is round the corner from home
        km = self.driven_km(suggested, mode, car is not None and suggested >= ODOMETER_MIN_KM)
        trip = Trip(
            id=trip_uuid(self.rng),
            date=day,
            employee_id=member.id,
            unit_id=member.unit_id,
            stop_ids=stops,
            km=km,
            mode=mode,
            vehicle_id=car.id if car else None,
            purpose_category=activity.category,
            from_home=from_home,
            suggested_km=suggested,
            km_flagged=mode in (Mode.OWN_CAR, Mode.POOL_CAR)
            and is_far_from_suggestion(km, suggested, self.flag_share),
            passengers=self.passengers(day, profile, mode),
        )
        trip.member_org_id, org_name = self.charged_org(profile, destinations)
        trip.purpose = self.purpose(activity, destinations, org_name)
        start = self.schedule(member, trip, activity, car)
        if car is not None:
            self._car_trips.append((trip, start))
        return trip

    def choose_mode(self, day: date, profile: UnitProfile, stops: list[int]) -> Mode:
        """The green ladder as people actually used it: walk short trips, bus to Örebro."""
        rng = self.rng
        km = self.route_km(stops)
        names = {self.by_id[i].name for i in stops[1:-1]}
        if km <= WALK_MAX_KM and rng.random() < profile.walk_share:
            return Mode.WALK_CYCLE
        if names <= BUS_DESTINATIONS and self.quota((profile.code, "bus"), self.bus_share(day), km):
            return Mode.PUBLIC_TRANSPORT
        if self.quota((profile.code, "pool"), self.pool_share(day, profile), km):
            return Mode.POOL_CAR
        return Mode.OWN_CAR

    def quota(self, key: tuple[str, str], share: float, km: float) -> bool:
        """True for about *share* of the km asked about under *key*.

        Coin flips would let a unit's own-car km drift by a thousand km a year with the seed;
        keeping an account of the km owed to the mode holds the shares, and so the report's
        figures, steady while which trip goes by bus or pool car stays random.
        """
        if share <= 0:
            return False
        owed = self._owed.get(key, 0.0) + share * km
        taken = owed >= km * self.rng.uniform(0.5, 1.0)
        self._owed[key] = owed - km if taken else owed
        return taken

    @staticmethod
    def bus_share(day: date) -> float:
        if in_pandemic(day):
            return 0.05  # nobody wanted a crowded bus
        return 0.3 if day >= NEW_NORMAL else 0.2

    def pool_share(self, day: date, profile: UnitProfile) -> float:
        if self.unit_cars(day, profile.code):
            return 0.45  # a unit with its own cars uses them when it can
        if profile.code == ARCHIVE_UNIT and in_pandemic(day):
            return profile.pool_share * 0.3  # archivists avoided shared cars in the pandemic
        return profile.pool_share

    def unit_cars(self, day: date, unit_code: str) -> list[PoolCar]:
        return [c for c in self.cars if c.unit_code == unit_code and c.in_service_from <= day]

    def take_pool_car(
        self, day: date, profile: UnitProfile, stops: list[int]
    ) -> tuple[PoolCar | None, list[int]]:
        """A free car at the base, and the route fetching and returning it there."""
        cars = self.unit_cars(day, profile.code) or [c for c in self.cars if c.unit_code is None]
        car = min(cars, key=lambda c: self._car_free_at.get(c.id, 0))
        if self._car_free_at.get(car.id, 0) > 15 * 60:
            return None, stops
        pooled = [self.base_id, *stops[1:-1], self.base_id]
        if any(a == b for a, b in zip(pooled, pooled[1:], strict=False)):
            return None, stops
        return car, pooled

    def start_from_home(self, member: Staff, stops: list[int]) -> tuple[list[int], bool]:
        """Drive straight from home when the first destination lies nearer home than work."""
        first = stops[1]
        if self.straight_km(member.home_id, first) + 2 >= self.straight_km(stops[0], first):
            return stops, False
        end = stops[-1] if self.rng.random() < 0.5 else member.home_id
        return [member.home_id, *stops[1:-1], end], True

    def driven_km(self, suggested: float, mode: Mode, odometer: bool) -> float:
        """The route's km, now and then a small detour, rarely a big one (flagged)."""
        km = suggested
        if mode in (Mode.OWN_CAR, Mode.POOL_CAR):
            draw = self.rng.random()
            if draw < SHARE_FLAGGED:
                km = suggested * self.rng.uniform(1.35, 1.8)
            elif draw < SHARE_FLAGGED + SHARE_SMALL_DETOUR:
                km = suggested * self.rng.uniform(0.93, 1.12)
        if odometer:
            return float(max(1, round(km)))
        return round(km, 1)

    def passengers(self, day: date, profile: UnitProfile, mode: Mode) -> int:
        if mode not in (Mode.OWN_CAR, Mode.POOL_CAR) or in_pandemic(day):
            return 0  # and nobody shared a car in the pandemic
        share = 0.12 if profile.code == ARCHIVE_UNIT else 0.05
        return 1 if self.rng.random() < share else 0

    def charged_org(self, profile: UnitProfile, destinations: list[int]) -> tuple[int | None, str]:
        """The archive charges the member organisation it visits first."""
        if profile.code != ARCHIVE_UNIT:
            return None, ""
        for place_id in destinations:
            place = self.by_id[place_id]
            found = self.member_orgs.get(place.name) or self.member_orgs.get(place.municipality)
            if found:
                return found
        return None, ""

    def purpose(self, activity: Activity, destinations: list[int], org_name: str) -> str:
        names = [self.by_id[i].name for i in destinations]
        first = self.by_id[destinations[0]]
        town = first.municipality if first.municipality != "Lekeberg" else "Fjugesta"
        return self.rng.choice(activity.purposes).format(
            plats=names[0],
            platser=", ".join(names),
            ort=VILLAGES.get(first.name, town),
            org=org_name,
        )

    def schedule(self, member: Staff, trip: Trip, activity: Activity, car: PoolCar | None) -> int:
        """Times one after another through the employee's day; returns the start minute."""
        rng = self.rng
        if member.id in self._free_at:
            start = self._free_at[member.id] + rng.randrange(10, 65, 5)
        else:
            start = rng.randrange(7 * 60, 9 * 60 + 5, 5)
        if car is not None:
            start = max(start, self._car_free_at.get(car.id, 0))
        speed = {Mode.WALK_CYCLE: 12.0, Mode.PUBLIC_TRANSPORT: 30.0}.get(
            trip.mode, 25.0 if trip.km < 5 else 55.0
        )
        minutes = trip.km / speed * 60 + (20 if trip.mode == Mode.PUBLIC_TRANSPORT else 0)
        minutes += sum(rng.randint(*activity.minutes_at_stop) for _ in trip.stop_ids[1:-1])
        end = start + max(5, 5 * round(minutes / 5))
        self._free_at[member.id] = end
        self._trips_today[member.id] = self._trips_today.get(member.id, 0) + 1
        if car is not None:
            self._car_free_at[car.id] = end + 10
        keep_times = car is not None or rng.random() >= SHARE_WITHOUT_TIMES
        if keep_times and end < LATEST_END_MINUTE:
            trip.start_time = time(start // 60, start % 60)
            trip.end_time = time(end // 60, end % 60)
        return start

    def _set_odometers(self) -> None:
        """Odometer readings follow each car's own trips in order, with a few unlogged km."""
        reading = {car.id: car.odometer for car in self.cars}
        ordered = sorted(self._car_trips, key=lambda item: (item[0].date, item[1]))
        for trip, _start in ordered:
            assert trip.vehicle_id is not None
            start = reading[trip.vehicle_id] + self.rng.randint(0, 2)
            if (trip.suggested_km or 0) >= ODOMETER_MIN_KM:
                trip.odometer_start = start
                trip.odometer_end = start + int(trip.km)
            reading[trip.vehicle_id] = start + round(trip.km)
