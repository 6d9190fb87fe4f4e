"""Small GTFS feeds for tests, written as CSV strings and zipped on the spot.

The sample network is a sketch of Närke: a train Örebro – Kumla – Hallsberg and a bus
Fjugesta – Örebro, on weekdays of 2025, with stops beside the gazetteer's municipal buildings.
"""

import zipfile
from pathlib import Path

STOPS = """stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station
ORE,Örebro resecentrum,59.2789,15.2110,1,
ORE1,Örebro resecentrum läge A,59.2789,15.2110,0,ORE
ORE2,Örebro resecentrum spår 3,59.2791,15.2114,0,ORE
KUM,Kumla station,59.1270,15.1410,0,
HBG,Hallsberg resecentrum,59.0668,15.1100,0,
FJU,Fjugesta busstation,59.1712,14.8700,0,
ASK,Askersund busstation,58.8810,14.9040,0,
"""

ROUTES = """route_id,agency_id,route_short_name,route_long_name,route_type
R1,LT,,Örebro – Hallsberg,2
B1,LT,1,Fjugesta – Örebro,3
B9,LT,9,Askersund – Örebro,3
"""

CALENDAR = (
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
    "WK,1,1,1,1,1,0,0,20250101,20251231\n"
)

# 2025-06-06 is Sweden's national day: no weekday traffic; 2025-06-07 (a Saturday) gets it.
CALENDAR_DATES = """service_id,date,exception_type
WK,20250606,2
WK,20250607,1
"""

AGENCY = """agency_id,agency_name,agency_url,agency_timezone
LT,Länstrafik Örebro,https://example.invalid,Europe/Stockholm
"""

# (trip_id, route_id, service_id, [(stop_id, time), ...])
TRIPS: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    ("T1", "R1", "WK", [("ORE2", "07:30:00"), ("KUM", "07:45:00"), ("HBG", "07:55:00")]),
    ("T3", "R1", "WK", [("ORE2", "08:00:00"), ("KUM", "08:15:00"), ("HBG", "08:25:00")]),
    ("T2", "R1", "WK", [("HBG", "16:05:00"), ("KUM", "16:15:00"), ("ORE2", "16:30:00")]),
    ("B1", "B1", "WK", [("FJU", "07:00:00"), ("ORE1", "07:35:00")]),
    ("B2", "B1", "WK", [("ORE1", "16:45:00"), ("FJU", "17:20:00")]),
    # A late bus that runs past midnight: 24:40 is 00:40 on the next day.
    ("N1", "B9", "WK", [("ORE1", "23:50:00"), ("ASK", "24:40:00")]),
]


def trip_files(trips: list[tuple[str, str, str, list[tuple[str, str]]]]) -> dict[str, str]:
    trip_lines = ["route_id,service_id,trip_id,trip_headsign"]
    time_lines = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for trip_id, route_id, service_id, calls in trips:
        trip_lines.append(f"{route_id},{service_id},{trip_id},")
        for seq, (stop_id, at) in enumerate(calls, start=1):
            time_lines.append(f"{trip_id},{at},{at},{stop_id},{seq}")
    return {
        "trips.txt": "\n".join(trip_lines) + "\n",
        "stop_times.txt": "\n".join(time_lines) + "\n",
    }


def sample_files(
    trips: list[tuple[str, str, str, list[tuple[str, str]]]] | None = None,
) -> dict[str, str]:
    files = {
        "agency.txt": AGENCY,
        "stops.txt": STOPS,
        "routes.txt": ROUTES,
        "calendar.txt": CALENDAR,
        "calendar_dates.txt": CALENDAR_DATES,
    }
    files.update(trip_files(TRIPS if trips is None else trips))
    return files


def zip_feed(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def sample_feed(tmp_path: Path, name: str = "lanstrafiken.zip", **replace: str) -> Path:
    """The sample feed; keyword arguments replace whole files (``stops_txt="..."``)."""
    files = sample_files()
    for key, text in replace.items():
        files[key.replace("_txt", ".txt")] = text
    return zip_feed(tmp_path / name, files)
