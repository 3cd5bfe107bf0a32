"""Word lists for people, companies and places (small, fixed, deterministic)."""

from __future__ import annotations

from generators.synth.rand import Rng

FIRST = [
    "Ava",
    "Ben",
    "Chloe",
    "Daniel",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Isla",
    "Jonas",
    "Kira",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Priya",
    "Quinn",
    "Rafael",
    "Sofia",
    "Tariq",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Amara",
    "Bruno",
    "Carmen",
    "Dev",
    "Emil",
    "Freya",
    "Gustavo",
    "Hana",
    "Ivan",
    "Julia",
    "Kofi",
    "Lena",
    "Marco",
    "Nina",
    "Omar",
    "Paula",
    "Ravi",
    "Sara",
    "Theo",
    "Ursula",
    "Vera",
    "Will",
    "Yara",
    "Zane",
]
LAST = [
    "Adams",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Hughes",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Martin",
    "Nakamura",
    "Okafor",
    "Patel",
    "Quist",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Urban",
    "Varga",
    "Weber",
    "Xu",
    "Young",
    "Zimmer",
    "Andersen",
    "Brown",
    "Costa",
    "Dubois",
    "Eriksen",
    "Ferreira",
    "Gupta",
    "Hansen",
    "Ivanova",
    "Johnson",
    "Kim",
    "Larsen",
    "Moreau",
    "Novak",
]
COMPANY_A = [
    "North",
    "Blue",
    "Bright",
    "Silver",
    "Summit",
    "Atlas",
    "Nova",
    "Cedar",
    "Granite",
    "Harbor",
    "Iron",
    "Juniper",
    "Keystone",
    "Lumen",
    "Meridian",
    "Oak",
    "Pioneer",
    "Quantum",
    "River",
    "Sterling",
    "Timber",
    "Union",
    "Vertex",
    "Willow",
    "Apex",
    "Beacon",
    "Cobalt",
    "Delta",
    "Ember",
    "Falcon",
]
COMPANY_B = [
    "Logistics",
    "Health",
    "Foods",
    "Systems",
    "Analytics",
    "Capital",
    "Retail",
    "Energy",
    "Labs",
    "Motors",
    "Media",
    "Partners",
    "Foods",
    "Networks",
    "Robotics",
    "Pharma",
    "Insurance",
    "Bank",
    "Textiles",
    "Solutions",
    "Software",
    "Freight",
    "Hotels",
    "Clinics",
    "Metals",
]
COMPANY_SUFFIX = ("Inc", "Ltd", "GmbH", "Group", "Co", "AG", "LLC", "SA", "Holdings", "Corp")
INDUSTRIES = (
    "Financial Services",
    "Healthcare",
    "Manufacturing",
    "Retail",
    "Technology",
    "Logistics",
    "Education",
    "Media",
)
INDUSTRY_WEIGHTS = (0.16, 0.13, 0.15, 0.12, 0.2, 0.1, 0.07, 0.07)

REGIONS = ("NA", "EMEA", "APAC")
REGION_WEIGHTS = (0.52, 0.32, 0.16)
COUNTRIES = {
    "NA": (("US", 0.85), ("CA", 0.15)),
    "EMEA": (("GB", 0.35), ("DE", 0.3), ("FR", 0.2), ("NL", 0.15)),
    "APAC": (("AU", 0.45), ("JP", 0.3), ("SG", 0.25)),
}
REGION_NAMES = {"NA": "North America", "EMEA": "Europe, Middle East & Africa", "APAC": "Asia Pacific"}
COUNTRY_NAMES = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "NL": "Netherlands",
    "AU": "Australia",
    "JP": "Japan",
    "SG": "Singapore",
}


def person(rng: Rng) -> str:
    return f"{rng.pick(FIRST)} {rng.pick(LAST)}"


def company(rng: Rng) -> str:
    return f"{rng.pick(COMPANY_A)} {rng.pick(COMPANY_B)} {rng.pick(COMPANY_SUFFIX)}"


def country(rng: Rng, region: str) -> str:
    options = COUNTRIES[region]
    return rng.weighted([c for c, _ in options], [w for _, w in options])


def industry(rng: Rng) -> str:
    return rng.weighted(INDUSTRIES, INDUSTRY_WEIGHTS)
