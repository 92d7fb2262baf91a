"""The demo plan: a fictional mission's transition, built through the services like a user would.

The United Nations Stabilization Mission in the Republic of Kelvara (UNSMK) is invented, and so
are its country, places, people and non-UN organisations. The plan is mostly healthy, with a few
deliberate problems (DELIBERATE_PROBLEMS) that the gap flags must find, and a few sensitive
records and fields (SENSITIVE_STRINGS) that exports outside the mission must leave out.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from transition_planner import paths
from transition_planner.domain.gaps import add_months
from transition_planner.services import (
    audit,
    gazetteer,
    handovers,
    inventory,
    monitoring,
    plans,
    timeline,
)
from transition_planner.services.plans import PlanHandle

D = date.fromisoformat
HORIZON_START, HORIZON_END = D("2026-01-01"), D("2028-12-31")
PLANNED_EXIT = D("2027-06-30")
ASSESSED_ON = D("2026-05-15")  # when the readiness of successors was last scored

PLAN = {
    "name": "UNSMK transition plan 2026-2027",
    "mission_name": "United Nations Stabilization Mission in the Republic of Kelvara",
    "mission_acronym": "UNSMK",
    "host_country": "Republic of Kelvara",
    "mandate_end": PLANNED_EXIT,
    "planned_exit": PLANNED_EXIT,
    "currency": "USD",
    "languages": ["en", "fr"],
    "classification": "Restricted",
    "horizon_start": HORIZON_START,
    "horizon_months": 36,
    "readiness_threshold": 3,
}

# flag kind -> name of the capacity the gap engine must flag for it
DELIBERATE_PROBLEMS = {
    "no_successor": "Community liaison assistants (Nord-Asari network)",
    "enabler_orphaned": "Community alert network (Nord-Asari)",
    "independence_conflict": "Human rights monitoring and reporting (Lomba)",
    "late_successor": "Protective patrols around Kanzi IDP sites",
    "unfunded_after_exit": "Explosive ordnance risk education (Ruvenga)",
    "readiness_below_threshold": "Women protection advisers and GBV referral (Sokolu)",
    "over_allocation": "Explosive ordnance clearance teams (Belgora)",
    "data_without_protocol": "Protection incident database",
    "partial_cover": "Security sector reform advisory team",
    "successor_ends": "Community liaison assistants (Lomba)",
    "readiness_not_assessed": "Rapid response company",
    "alternative_not_agreed": "POC coordination meetings (Belgora)",
    "agreement_missing": "Protective presence patrols",
    "discontinued": "Phone credit and handsets for alert focal points",
    "re_engagement_trigger": "Community alert network (Tessik)",
}
# The day the demo's story is told: rules about dates already passed (agreements) read it.
DEMO_AS_OF = D("2026-11-15")

# Invented names, numbers and case details that appear only in sensitive records or fields.
SENSITIVE_STRINGS = (
    "Rehema Osei-Kalo", "+999 71 204 5581",
    "Idris Wanjal-Mbeko", "+999 71 388 0142",
    "Séraphine Loko-Dembe", "+999 70 551 2290",
    "Amina Terek-Sowa", "Jean-Bosco Maliru", "Odile Kasanga-Ruhe",
    "Kabiru", "KV-W17",
    "Héléna Drosk",
    "Jonas Mbeki-Taro",
)  # fmt: skip

# --- places ----------------------------------------------------------------------------------

# key, parent key, name, level, P-code, closure of the mission's presence
LOCATIONS = (
    ("kv", None, "Republic of Kelvara", "country", "KV", None),
    ("p_asari", "kv", "Nord-Asari", "admin1", "KV01", "2027-05-31"),
    ("p_lomba", "kv", "Lomba", "admin1", "KV02", "2026-12-31"),
    ("p_tessik", "kv", "Tessik", "admin1", "KV03", "2026-05-31"),
    ("p_varanka", "kv", "Varanka", "admin1", "KV04", "2026-11-30"),
    ("p_selen", "kv", "Selen Capital District", "admin1", "KV05", "2027-06-30"),
    ("t_ruvenga", "p_asari", "Ruvenga", "admin2", "KV0101", None),
    ("t_tamberi", "p_asari", "Tamberi", "admin2", "KV0102", None),
    ("t_sokolu", "p_asari", "Sokolu", "admin2", "KV0103", None),
    ("t_asari", "p_asari", "Asari-Ville", "admin2", "KV0104", None),
    ("t_kanzi", "p_lomba", "Kanzi", "admin2", "KV0201", None),
    ("t_belgora", "p_lomba", "Belgora", "admin2", "KV0202", None),
    ("t_lomba", "p_lomba", "Lomba-Centre", "admin2", "KV0203", None),
    ("t_miravel", "p_tessik", "Miravel", "admin2", "KV0301", None),
    ("t_oduna", "p_tessik", "Oduna", "admin2", "KV0302", None),
    ("t_dalmek", "p_varanka", "Dalmek", "admin2", "KV0401", None),
    ("t_selen", "p_selen", "Port Selen", "admin2", "KV0501", None),
    # the team-site closure calendar: Tessik first, Nord-Asari (the most volatile) last
    ("mir", "t_miravel", "Miravel team site", "team_site", "KV030101", "2026-03-31"),
    ("odu", "t_oduna", "Oduna team site", "team_site", "KV030201", "2026-05-31"),
    ("kan", "t_kanzi", "Kanzi team site", "team_site", "KV020101", "2026-07-31"),
    ("bel", "t_belgora", "Belgora team site", "team_site", "KV020201", "2026-09-30"),
    ("dal", "t_dalmek", "Dalmek team site", "team_site", "KV040101", "2026-11-30"),
    ("lom", "t_lomba", "Lomba-Centre field office", "field_office", "KV020301", "2026-12-31"),
    ("ruv", "t_ruvenga", "Ruvenga team site", "team_site", "KV010101", "2027-01-31"),
    ("tam", "t_tamberi", "Tamberi team site", "team_site", "KV010201", "2027-03-31"),
    ("sok", "t_sokolu", "Sokolu team site", "team_site", "KV010301", "2027-04-30"),
    ("asv", "t_asari", "Asari-Ville field office", "field_office", "KV010401", "2027-05-31"),
    ("hq", "t_selen", "UNSMK headquarters, Port Selen", "field_office", "KV050101",
     "2027-06-30"),
)  # fmt: skip

# --- actors ----------------------------------------------------------------------------------

NORTH = ("p_asari", "ruv", "tam", "sok", "asv")
LOMBA = ("p_lomba", "kan", "bel", "lom")
TESSIK = ("p_tessik", "mir", "odu")
EVERYWHERE = ("kv",)

# key, name, acronym, actor type, description, where present
ACTORS = (
    ("massn", "Ministry of Social Affairs and National Solidarity", "MASSN", "host_ministry",
     "Leads the national DDR commission and IDP assistance.", EVERYWHERE),
    ("mjdh", "Ministry of Justice and Human Rights", "MJDH", "host_ministry",
     "Courts, prisons and the special prosecution unit.", EVERYWHERE),
    ("pnk", "Kelvaran National Police", "PNK", "host_security_forces",
     "Mentored by UNPOL since 2019; vetting programme ongoing.", EVERYWHERE),
    ("fak", "Kelvaran Armed Forces", "FAK", "host_security_forces",
     "Deployed in Nord-Asari; units named in the 2025 public human rights report.", NORTH),
    ("gov_asari", "Nord-Asari Provincial Government", "", "host_local_authority",
     "Governor's office and territorial administrators.", NORTH),
    ("gov_lomba", "Lomba Provincial Government", "", "host_local_authority",
     "Chairs the provincial protection forum.", LOMBA),
    ("gov_tessik", "Tessik Provincial Government", "", "host_local_authority",
     "Took over civilian use of the former team sites.", TESSIK),
    ("cndhk", "National Commission for Human Rights of Kelvara", "CNDHK", "nhri",
     "Status B institution; four provincial offices.", ("p_selen", "p_asari", "p_lomba")),
    ("ohchr", "Office of the UN High Commissioner for Human Rights", "OHCHR", "un_agency",
     "Country office opening under the 2026 MoU.", ("p_selen", "p_asari", "p_lomba")),
    ("unicef", "United Nations Children's Fund", "UNICEF", "un_agency",
     "Co-chairs the MRM country task force.", EVERYWHERE),
    ("unhcr", "Office of the UN High Commissioner for Refugees", "UNHCR", "un_agency",
     "Leads the protection cluster and camp coordination.", EVERYWHERE),
    ("undp", "United Nations Development Programme", "UNDP", "un_agency",
     "Runs the Peacebuilding Fund projects.", EVERYWHERE),
    ("unmas", "United Nations Mine Action Service", "UNMAS", "un_agency",
     "Currently embedded in the mission; to become a stand-alone programme.", NORTH + LOMBA),
    ("unfpa", "United Nations Population Fund", "UNFPA", "un_agency",
     "GBV area of responsibility lead.", EVERYWHERE),
    ("unwomen", "UN Women", "UN Women", "un_agency",
     "Supports women's protection networks.", ("p_selen", "p_asari")),
    ("wfp", "World Food Programme (UN Humanitarian Air Service)", "WFP", "un_agency",
     "Operates the humanitarian air service.", EVERYWHERE),
    ("iom", "International Organization for Migration", "IOM", "un_agency",
     "Displacement tracking and reintegration.", EVERYWHERE),
    ("ocha", "Office for the Coordination of Humanitarian Affairs", "OCHA", "un_agency",
     "Humanitarian coordination and access negotiation.", EVERYWHERE),
    ("unipok", "United Nations Integrated Peacebuilding Office in Kelvara", "UNIPOK",
     "un_follow_on", "Follow-on special political mission proposed from July 2027.",
     ("p_selen", "p_asari")),
    ("pc", "Kelvara Protection Cluster", "", "protection_cluster",
     "National cluster with provincial sub-clusters.", EVERYWHERE),
    ("cp_aor", "Child Protection Area of Responsibility", "CP AoR", "protection_cluster",
     "", EVERYWHERE),
    ("gbv_aor", "Gender-Based Violence Area of Responsibility", "GBV AoR", "protection_cluster",
     "", EVERYWHERE),
    ("ma_aor", "Mine Action Area of Responsibility", "MA AoR", "protection_cluster",
     "", EVERYWHERE),
    ("svi", "Safer Villages International", "SVI", "international_ngo",
     "Community-based protection and early warning.", NORTH),
    ("hdt", "Horizon Demining Trust", "HDT", "international_ngo",
     "Accredited for clearance and survey.", LOMBA + ("p_varanka", "dal")),
    ("ucan", "Unarmed Civilian Accompaniment Network", "UCAN", "international_ngo",
     "Unarmed civilian protection teams.", NORTH + ("p_varanka", "dal")),
    ("fma", "Frontline Medics Alliance", "FMA", "international_ngo",
     "Emergency surgery and casualty evacuation.", NORTH),
    ("awsn", "Asari Women's Solidarity Network", "AWSN", "national_ngo",
     "Network of 23 women's associations.", NORTH),
    ("lkd", "Kelvaran League of Rights Defenders", "LKD", "national_ngo",
     "Documents violations; partner of the CNDHK.", EVERYWHERE),
    ("typ", "Tessik Youth for Peace", "TYP", "national_ngo",
     "Youth volunteers running alert networks in Tessik.", TESSIK),
    ("ldv", "Lomba Demining Volunteers", "LDV", "national_ngo",
     "Non-technical survey and marking.", LOMBA),
    ("lpc_ruvenga", "Ruvenga Local Protection Committee", "", "community_structure",
     "Elected committee of nine villages.", ("ruv",)),
    ("can_tamberi", "Tamberi Community Alert Network Committee", "", "community_structure",
     "Runs the alert network's village focal points.", ("tam",)),
    ("clrc", "Central Lakes Regional Community", "CLRC", "regional_organisation",
     "Regional organisation with a liaison office in Port Selen.", ("p_selen", "p_varanka")),
    ("norland", "Embassy of Norland", "", "donor", "Largest bilateral protection donor.",
     ("p_selen",)),
    ("aldoria", "Aldoria Development Agency", "ADA", "donor",
     "Multi-year stabilisation funding.", ("p_selen",)),
    ("voixlibre", "Fondation Voix Libre", "FVL", "independent_media",
     "Independent foundation created to run Radio Kelvara Libre after the mission.",
     EVERYWHERE),
    ("keltel", "KelTel Mobile", "", "private_sector",
     "Main mobile network operator.", EVERYWHERE),
    ("selenair", "Selen Air Services", "", "private_sector",
     "Charter airline based in Port Selen.", ("p_selen",)),
    ("obsidian", "Obsidian Shield Security Group", "", "private_military_company",
     "Foreign private military company contracted by the Ministry of Defence.", NORTH),
)  # fmt: skip

# key -> (contact, is the contact sensitive)
CONTACTS = {
    "lpc_ruvenga": ("Chair: Rehema Osei-Kalo, +999 71 204 5581", True),
    "can_tamberi": ("Focal point: Idris Wanjal-Mbeko, +999 71 388 0142", True),
    "awsn": ("Coordinator: Séraphine Loko-Dembe, +999 70 551 2290", True),
    "ohchr": ("Head of office, Port Selen", False),
    "unipok": ("Transition planning cell, Port Selen", False),
    "pc": ("Cluster coordinator, Port Selen hub", False),
}

# --- capacities ------------------------------------------------------------------------------

TIER_I, TIER_II, TIER_III = "I", "II", "III"
MIL, POL, CIV, SUP = "military", "police", "civilian", "mission_support"

# key, name, location, category, POC tier, component, quantity, unit, annual cost (USD unless
# EXTRAS says otherwise), criticality, populations served
CAPACITIES = (
    # physical protection
    ("patrols_ruv", "Protective presence patrols", "ruv", "physical_protection", TIER_II, MIL,
     2, "infantry companies", 9_800_000, "critical", "idps women_girls children"),
    ("tob_tam", "Temporary operating base", "tam", "physical_protection", TIER_II, MIL,
     1, "temporary operating base", 3_200_000, "high", "host_communities"),
    ("poc_site_sok", "PoC site protection (Sokolu IDP site)", "sok", "physical_protection",
     TIER_II, MIL, 1, "PoC site (14,000 IDPs)", 6_500_000, "critical",
     "idps children women_girls disabilities"),
    ("rapid_response", "Rapid response company", "asv", "physical_protection", TIER_II, MIL,
     1, "company", 5_400_000, "high", "idps host_communities"),
    ("patrols_kan", "Protective patrols around Kanzi IDP sites", "kan", "physical_protection",
     TIER_II, MIL, 1, "company", 4_100_000, "high", "idps women_girls"),
    ("patrols_odu", "Night patrols around IDP sites", "odu", "physical_protection", TIER_II,
     MIL, 2, "platoons", 1_900_000, "medium", "idps"),
    # policing
    ("fpu_asv", "Formed police units (Asari-Ville)", "asv", "policing", TIER_II, POL,
     2, "formed police units", 7_900_000, "high", "idps host_communities"),
    ("ipo_lom", "Community policing officers", "lom", "policing", TIER_III, POL,
     24, "individual police officers", 2_300_000, "medium", "host_communities"),
    ("camp_security_tam", "IDP camp security advisers", "tam", "policing", TIER_II, POL,
     8, "UNPOL officers", 950_000, "high", "idps women_girls children"),
    ("gender_desk_mir", "Police gender and child protection desk mentoring", "mir", "policing",
     TIER_III, POL, 6, "UNPOL mentors", 480_000, "medium", "women_girls children"),
    # early warning and alert networks
    ("can_asari", "Community alert network (Nord-Asari)", "p_asari", "early_warning", TIER_I,
     CIV, 42, "village focal points", 380_000, "critical", "idps host_communities minorities"),
    ("hotline", "Early-warning hotline (toll-free 1919)", "hq", "early_warning", TIER_I, CIV,
     1, "24/7 hotline", 210_000, "high", "host_communities"),
    ("ewer_asv", "Early-warning/early-response cell", "asv", "early_warning", TIER_I, CIV,
     6, "staff", 540_000, "high", "idps host_communities"),
    ("can_tessik", "Community alert network (Tessik)", "odu", "early_warning", TIER_I, CIV,
     18, "village focal points", 120_000, "medium", "host_communities"),
    # community engagement
    ("cla_asari", "Community liaison assistants (Nord-Asari network)", "asv",
     "community_engagement", TIER_I, CIV, 30, "community liaison assistants", 1_150_000,
     "critical", "idps women_girls minorities"),
    ("cla_lomba", "Community liaison assistants (Lomba)", "lom", "community_engagement",
     TIER_I, CIV, 12, "community liaison assistants", 460_000, "high", "idps host_communities"),
    ("engagement_platoon", "Mixed engagement platoon", "tam", "community_engagement", TIER_I,
     MIL, 1, "engagement platoon", 1_200_000, "medium", "women_girls"),
    ("lpc_support", "Support to local protection committees", "ruv", "community_engagement",
     TIER_I, CIV, 9, "local protection committees", 150_000, "high", "host_communities"),
    ("cla_tessik", "Community liaison assistants (Tessik)", "mir", "community_engagement",
     TIER_I, CIV, 6, "community liaison assistants", 230_000, "medium", "host_communities"),
    # political engagement and good offices
    ("mediation_asari", "Local mediation and good offices (Nord-Asari)", "asv",
     "political_engagement", TIER_I, CIV, 4, "mediation officers", 620_000, "high",
     "minorities host_communities"),
    ("dialogue_lomba", "Provincial dialogue platform (Lomba)", "lom", "political_engagement",
     TIER_I, CIV, 1, "dialogue platform", 180_000, "medium", "minorities"),
    ("advocacy_returns", "Advocacy with authorities on IDP returns", "hq",
     "political_engagement", TIER_I, CIV, 3, "senior advisers", 300_000, "high", "idps"),
    ("crossborder_dal", "Cross-border dialogue with Varanka communities", "dal",
     "political_engagement", TIER_I, CIV, 1, "dialogue process", 90_000, "medium",
     "refugees minorities"),
    # protection strategy and coordination
    ("poc_unit", "POC strategy and threat assessment unit", "hq", "protection_coordination",
     TIER_III, CIV, 5, "staff", 700_000, "critical", "idps women_girls children"),
    ("jpt_asari", "Joint protection teams", "asv", "protection_coordination", TIER_I, CIV,
     4, "joint protection team missions a quarter", 260_000, "high", "idps"),
    ("forum_lomba", "Provincial protection coordination forum (Lomba)", "lom",
     "protection_coordination", TIER_III, CIV, 1, "forum", 40_000, "medium", ""),
    ("forum_belgora", "POC coordination meetings (Belgora)", "bel", "protection_coordination",
     TIER_III, CIV, 1, "monthly meeting", 35_000, "low", ""),
    # human rights monitoring and reporting
    ("hr_lomba", "Human rights monitoring and reporting (Lomba)", "lom", "human_rights",
     TIER_III, CIV, 6, "human rights officers", 820_000, "critical", "minorities idps"),
    ("hr_asari", "Human rights monitoring and reporting (Nord-Asari)", "asv", "human_rights",
     TIER_III, CIV, 8, "human rights officers", 1_100_000, "critical",
     "minorities idps women_girls"),
    ("hr_case", "Case follow-up: Kabiru village killings", "tam", "human_rights", TIER_III,
     CIV, 1, "case file under witness protection", 120_000, "critical", "minorities"),
    ("hr_reporting", "Public reporting on human rights", "hq", "human_rights", TIER_III, CIV,
     4, "public reports a year", 150_000, "high", ""),
    ("hr_mou", "MoU for post-mission human rights monitoring", "hq", "human_rights",
     TIER_III, CIV, 1, "memorandum of understanding", 0, "high", ""),
    # child protection
    ("mrm", "MRM on grave violations against children", "hq", "child_protection", TIER_III,
     CIV, 1, "task force secretariat", 640_000, "critical", "children"),
    ("child_release_tam", "Release and handover of children from armed groups", "tam",
     "child_protection", TIER_III, CIV, 1, "screening team", 380_000, "high", "children"),
    ("cpa_lomba", "Child protection advisers (Lomba)", "lom", "child_protection", TIER_III,
     CIV, 3, "child protection advisers", 290_000, "medium", "children"),
    # conflict-related sexual violence and GBV
    ("wpa_sok", "Women protection advisers and GBV referral (Sokolu)", "sok", "crsv_gbv",
     TIER_III, CIV, 3, "women protection advisers", 410_000, "critical", "women_girls"),
    ("mara", "MARA working group secretariat", "hq", "crsv_gbv", TIER_III, CIV,
     1, "secretariat", 260_000, "high", "women_girls"),
    ("gbv_referral_bel", "GBV survivor referral pathway (Belgora)", "bel", "crsv_gbv",
     TIER_III, CIV, 12, "service points", 190_000, "high", "women_girls disabilities"),
    ("safe_spaces_mir", "Safe spaces for women and girls", "mir", "crsv_gbv", TIER_III, CIV,
     4, "safe spaces", 140_000, "medium", "women_girls"),
    # mine action
    ("eod_bel", "Explosive ordnance clearance teams (Belgora)", "bel", "mine_action",
     TIER_III, CIV, 4, "clearance teams", 1_600_000, "high", "host_communities children"),
    ("eore_ruv", "Explosive ordnance risk education (Ruvenga)", "ruv", "mine_action",
     TIER_III, CIV, 5, "risk education teams", 420_000, "high", "children idps"),
    ("survey_dal", "Explosive ordnance survey and marking", "dal", "mine_action", TIER_III,
     CIV, 2, "survey teams", 520_000, "medium", "host_communities"),
    ("victim_assist", "Victim assistance referral", "hq", "mine_action", TIER_III, CIV,
     1, "referral programme", 180_000, "medium", "disabilities"),
    ("eod_tam", "Explosive ordnance clearance teams (Tamberi)", "tam", "mine_action",
     TIER_III, CIV, 3, "clearance teams", 1_200_000, "high", "idps host_communities"),
    # DDR and community violence reduction
    ("cvr_sok", "Community violence reduction projects", "sok", "ddr_cvr", TIER_III, CIV,
     14, "CVR projects", 1_800_000, "high", "host_communities"),
    ("ddr_site_tam", "DDR reception and demobilisation site", "tam", "ddr_cvr", TIER_III, MIL,
     1, "reception site", 2_100_000, "medium", "children"),
    ("reintegration_lom", "Reintegration support for ex-combatants", "lom", "ddr_cvr",
     TIER_III, CIV, 400, "ex-combatants in programmes", 900_000, "medium", "host_communities"),
    # rule of law and security sector
    ("corrections_asv", "Prison security and corrections advisers", "asv", "rule_of_law",
     TIER_III, CIV, 5, "corrections officers", 520_000, "medium", ""),
    ("mobile_courts", "Mobile courts support", "lom", "rule_of_law", TIER_III, CIV,
     6, "mobile court sessions a year", 300_000, "medium", "women_girls"),
    ("ssr", "Security sector reform advisory team", "hq", "rule_of_law", TIER_III, CIV,
     1, "advisory team", 450_000, "medium", ""),
    ("special_prosecution", "Support to the special prosecution unit", "hq", "rule_of_law",
     TIER_III, CIV, 1, "prosecution support unit", 380_000, "high", "minorities"),
    # strategic communications and radio
    ("radio", "Radio Kelvara Libre (mission radio)", "hq", "radio_communications", TIER_I,
     CIV, 1, "radio station with 9 FM relays", 3_400_000, "critical", "host_communities"),
    ("relay_odu", "FM relay transmitter (Oduna)", "odu", "radio_communications", TIER_I, SUP,
     1, "FM relay", 60_000, "medium", "host_communities"),
    ("disinfo", "Countering disinformation unit", "hq", "radio_communications", TIER_I, CIV,
     4, "staff", 280_000, "high", ""),
    # security, logistics and access services
    ("phone_credit", "Phone credit and handsets for alert focal points", "p_asari",
     "logistics_access", TIER_I, SUP, 42, "handsets with monthly airtime", 60_000, "high", ""),
    ("flights", "Humanitarian flights", "hq", "logistics_access", TIER_II, SUP,
     2, "helicopters", 8_500_000, "critical", "idps"),
    ("casevac_asv", "Casualty and medical evacuation", "asv", "logistics_access", TIER_II,
     SUP, 1, "CASEVAC capability", 1_400_000, "critical", "disabilities"),
    ("escorts_kan", "Armed escorts for humanitarian convoys", "kan", "logistics_access",
     TIER_II, MIL, 1, "escort platoon", 900_000, "medium", "idps"),
    ("base_sok", "Logistics base and fuel depot (Sokolu)", "sok", "logistics_access",
     TIER_II, SUP, 1, "logistics base", 1_100_000, "medium", ""),
    # situational awareness and analysis
    ("incident_db", "Protection incident database", "hq", "situational_awareness", TIER_I,
     CIV, 1, "database (12,400 incident records)", 350_000, "critical", ""),
    ("gis", "Spatial risk mapping (GIS cell)", "hq", "situational_awareness", TIER_I, CIV,
     3, "GIS analysts", 240_000, "medium", ""),
    ("jmac_asv", "Joint mission analysis field cell", "asv", "situational_awareness", TIER_I,
     CIV, 3, "analysts", 330_000, "high", ""),
    # civil affairs and quick impact projects
    ("qip_odu", "Quick impact projects (Oduna)", "odu", "civil_affairs", TIER_III, CIV,
     10, "quick impact projects", 250_000, "low", "host_communities"),
    ("conflict_mgmt_dal", "Local conflict management (Dalmek)", "dal", "civil_affairs",
     TIER_I, CIV, 1, "civil affairs team", 310_000, "medium", "minorities"),
    ("qip_asari", "Quick impact projects (Nord-Asari)", "asv", "civil_affairs", TIER_III, CIV,
     18, "quick impact projects", 540_000, "medium", "idps host_communities"),
    ("land_kan", "Land dispute mediation (Kanzi)", "kan", "civil_affairs", TIER_I, CIV,
     1, "civil affairs team", 160_000, "medium", "idps"),
)  # fmt: skip

# Fields beyond the table's columns, by capacity key.
EXTRAS = {
    "patrols_ruv": {"required_share": 0.5,
                    "notes": "Half of today's presence is judged necessary after exit."},
    "tob_tam": {"required_share": 0.0, "notes": "Base to be handed to civilian use."},
    "rapid_response": {"required_share": 0.5},
    "patrols_kan": {"required_share": 0.5},
    "patrols_odu": {"end_date": D("2026-04-30")},
    "fpu_asv": {"required_share": 0.7, "currency": "EUR"},
    "cla_asari": {
        "description": "CLAs run the alert network and the weekly community meetings.",
        "data_assets": "Roster of 30 CLAs incl. Amina Terek-Sowa (Ruvenga) and Jean-Bosco "
                       "Maliru (Tamberi); phone tree of the alert focal points.",
        "has_sensitive_data": True, "sensitive_fields": ["data_assets"],
    },
    "cla_lomba": {
        "data_assets": "Roster of 12 CLAs incl. Odile Kasanga-Ruhe (Kanzi).",
        "has_sensitive_data": True, "sensitive_fields": ["data_assets"],
    },
    "engagement_platoon": {"required_share": 0.5},
    "hr_lomba": {"data_assets": "Public reports only; case files archived by OHCHR."},
    "hr_asari": {"data_assets": "Case database of 2,300 allegations.",
                 "has_sensitive_data": True},
    "hr_case": {
        "description": "Follow-up of the Kabiru village killings; witness KV-W17 relocated.",
        "data_assets": "Case file and witness statements.", "has_sensitive_data": True,
        "sensitive": True,
    },
    "mrm": {"data_assets": "MRM database of verified grave violations.",
            "has_sensitive_data": True},
    "child_release_tam": {"data_assets": "Identities of children released.",
                          "has_sensitive_data": True},
    "wpa_sok": {"data_assets": "Survivor referral records.", "has_sensitive_data": True},
    "mara": {"data_assets": "CRSV incident records.", "has_sensitive_data": True},
    "gbv_referral_bel": {"data_assets": "Referral records.", "has_sensitive_data": True},
    "safe_spaces_mir": {"currency": "EUR"},
    "ddr_site_tam": {"required_share": 0.5},
    "special_prosecution": {"currency": "EUR"},
    "radio": {"currency": "EUR"},
    "escorts_kan": {"required_share": 0.0,
                    "notes": "Humanitarian actors prefer negotiated access to armed escorts."},
    "base_sok": {"required_share": 0.3},
    "incident_db": {"data_assets": "12,400 incident records since 2019 with victims' "
                                   "identities and locations.", "has_sensitive_data": True},
    "jmac_asv": {"data_assets": "Source network reports.", "has_sensitive_data": True},
}

# capacity, enabler, note: a capacity that only runs while the enabler exists
ENABLERS = (
    ("can_asari", "phone_credit", "Focal points call in alerts with mission-paid airtime."),
    ("hr_asari", "flights", "Monitors reach remote territories only by helicopter."),
    ("eod_tam", "casevac_asv", "Clearance stops without casualty evacuation."),
)

# --- handovers -------------------------------------------------------------------------------

LIFECYCLE = ("identified", "proposed", "agreed", "co_delivery", "handed_over", "verified_3m",
             "verified_6m")
EXITS = {"at_risk": "agreed", "declined": "proposed", "handed_back": "handed_over"}
STATUS_NOTES = {
    "proposed": "Proposed at the provincial transition working group.",
    "agreed": "Agreed in writing.",
    "co_delivery": "Joint delivery with mission staff started.",
    "handed_over": "Handover certificate signed.",
    "verified_3m": "Joint verification visit three months after handover.",
    "verified_6m": "Joint verification visit six months after handover.",
    "at_risk": "Provincial budget frozen; delivery uncertain.",
    "declined": "Declined by the transition steering group.",
    "handed_back": "Successor could not sustain it; handed back.",
}

# capacity, actor, role, share, modality, start (days from the mission's end there; None:
# not scheduled), status, readiness profile, funding profile, extra fields
HANDOVERS = (
    # deliberate: the police co-deliver the Ruvenga patrols on a draft MoU only
    ("patrols_ruv", "pnk", "lead", 0.5, "co_delivery", -120, "co_delivery", "host", "host",
     {"agreement_status": "draft", "agreement_ref": "Draft MoU UNSMK-PNK Ruvenga"}),
    ("tob_tam", "gov_asari", "lead", 1.0, "discontinue", 0, "agreed", None, None,
     {"notes": "Base handed to the province as a school; protection role discontinued."}),
    ("poc_site_sok", "pnk", "lead", 0.6, "capacity_building", -90, "agreed", "host", "host",
     {}),
    ("poc_site_sok", "unhcr", "support", 0.4, "co_delivery", -90, "agreed", "good", "agency",
     {}),
    # deliberate: the armed forces are proposed for the rapid response, nobody assessed them
    ("rapid_response", "fak", "lead", 0.5, "transfer", -60, "proposed", None, "host", {}),
    # deliberate: the police start 75 days after Kanzi closes
    ("patrols_kan", "pnk", "lead", 0.5, "transfer", 75, "agreed", "host", "host",
     {"notes": "Police deployment to Kanzi awaits the 2026/27 budget."}),
    ("patrols_odu", "pnk", "lead", 1.0, "transfer", -30, "verified_3m", "host", "host", {}),
    ("fpu_asv", "pnk", "lead", 0.7, "capacity_building", -150, "co_delivery", "host", "host",
     {}),
    ("ipo_lom", "pnk", "lead", 1.0, "co_delivery", -90, "handed_over", "host", "host", {}),
    ("camp_security_tam", "pnk", "lead", 0.7, "capacity_building", -90, "agreed", "host",
     "host", {}),
    ("camp_security_tam", "iom", "support", 0.3, "co_delivery", -90, "agreed", "good",
     "agency", {}),
    ("gender_desk_mir", "pnk", "lead", 1.0, "capacity_building", -60, "verified_6m", "host",
     "bilateral", {}),
    # deliberate: the alert network's successor relies on phone credit that is discontinued
    ("can_asari", "svi", "lead", 1.0, "transfer", -60, "agreed", "good", "pooled",
     {"data_handover": "Focal point list handed over under the cluster's data protocol.",
      "data_protocol_agreed": True}),
    ("phone_credit", "keltel", "lead", 1.0, "discontinue", 0, "agreed", None, None,
     {"notes": "Airtime ends with the mission; KelTel keeps the short code 1919 free."}),
    ("hotline", "unipok", "lead", 0.7, "transfer", -60, "agreed", "good", "pbf", {}),
    ("hotline", "keltel", "support", 0.3, "transfer", -60, "agreed", "fair", "private", {}),
    ("ewer_asv", "gov_asari", "lead", 0.6, "capacity_building", -120, "co_delivery", "host",
     "host", {}),
    ("ewer_asv", "ocha", "support", 0.4, "co_delivery", -120, "co_delivery", "good", "pooled",
     {}),
    ("can_tessik", "typ", "lead", 1.0, "transfer", -60, "verified_3m", "fair", "pbf", {}),
    # deliberate: the 30 Nord-Asari CLAs have no successor (cla_asari has no row here)
    ("cla_lomba", "undp", "lead", 1.0, "transfer", -60, "handed_over", "good", "pbf",
     {"end": D("2028-06-30"), "data_protocol_agreed": True,
      "data_handover": "CLA roster transferred with each CLA's written consent.",
      "agreement_ref": "PBF project KV-PBF-2026-03"}),
    ("engagement_platoon", "ucan", "lead", 0.5, "transfer", -60, "agreed", "good",
     "bilateral", {}),
    ("lpc_support", "lpc_ruvenga", "lead", 0.6, "capacity_building", -120, "co_delivery",
     "fair", "pooled", {}),
    ("lpc_support", "pc", "support", 0.4, "co_delivery", -120, "co_delivery", "good",
     "pooled", {}),
    ("cla_tessik", "typ", "lead", 1.0, "transfer", -60, "verified_3m", "fair", "pbf", {}),
    ("mediation_asari", "unipok", "lead", 1.0, "transfer", -60, "agreed", "strong", "pbf", {}),
    ("dialogue_lomba", "gov_lomba", "lead", 0.6, "capacity_building", -90, "handed_over",
     "host", "host", {}),
    ("dialogue_lomba", "undp", "support", 0.4, "co_delivery", -90, "handed_over", "good",
     "pbf", {}),
    ("advocacy_returns", "unhcr", "lead", 1.0, "transfer", -60, "agreed", "strong", "agency",
     {}),
    ("crossborder_dal", "clrc", "lead", 1.0, "transfer", -30, "handed_over", "good",
     "bilateral", {}),
    ("poc_unit", "unipok", "lead", 0.7, "transfer", -90, "agreed", "strong", "pbf", {}),
    ("poc_unit", "pc", "support", 0.3, "co_delivery", -90, "agreed", "good", "pooled", {}),
    ("jpt_asari", "pc", "lead", 1.0, "co_delivery", -90, "agreed", "good", "pooled", {}),
    ("forum_lomba", "pc", "lead", 1.0, "transfer", -60, "verified_3m", "good", "pooled", {}),
    # deliberate: the provincial government is at risk; its fallback, the cluster, only proposed
    ("forum_belgora", "gov_lomba", "lead", 1.0, "transfer", -30, "at_risk", "host", "host", {}),
    ("forum_belgora", "pc", "lead", 1.0, "transfer", 0, "proposed", None, None,
     {"alternative_to": "gov_lomba"}),
    # deliberate: human rights monitoring proposed to the armed forces (not yet assessed)
    ("hr_lomba", "fak", "lead", 1.0, "transfer", -30, "proposed", None, "host",
     {"notes": "Proposed by the Ministry of Defence: the FAK human rights cell would take "
               "over monitoring in Lomba."}),
    ("hr_asari", "ohchr", "lead", 0.7, "transfer", -90, "agreed", "strong", "agency",
     {"data_protocol_agreed": True, "agreement_ref": "MoU UNSMK-OHCHR 2026/04",
      "data_handover": "Case database migrated to OHCHR under the MoU's data annex."}),
    ("hr_asari", "cndhk", "support", 0.3, "capacity_building", -90, "agreed", "fair",
     "bilateral", {}),
    ("hr_case", "ohchr", "lead", 1.0, "transfer", -60, "agreed", "strong", "agency",
     {"sensitive": True, "data_protocol_agreed": True,
      "data_handover": "Case file for the Kabiru killings handed in person; witness KV-W17 "
                       "stays under OHCHR protection."}),
    ("hr_reporting", "cndhk", "lead", 1.0, "co_delivery", -90, "agreed", "fair", "bilateral",
     {}),
    ("hr_mou", "ohchr", "lead", 1.0, "transfer", -180, "agreed", "strong", None,
     {"agreement_ref": "MoU UNSMK-OHCHR 2026/04"}),
    ("mrm", "unicef", "lead", 1.0, "transfer", -90, "agreed", "strong", "agency",
     {"data_protocol_agreed": True, "agreement_ref": "Letter UNICEF/KV/2026/17",
      "data_handover": "MRM database transferred within the task force."}),
    ("child_release_tam", "unicef", "lead", 0.7, "transfer", -90, "agreed", "strong",
     "agency", {"data_protocol_agreed": True,
                "data_handover": "Case files transferred under the CP AoR data protocol."}),
    ("child_release_tam", "cp_aor", "support", 0.3, "co_delivery", -90, "agreed", "good",
     "pooled", {}),
    ("cpa_lomba", "cp_aor", "lead", 1.0, "transfer", -60, "handed_over", "good", "pooled", {}),
    # deliberate: the women's network lacks staff and access (readiness below threshold)
    ("wpa_sok", "awsn", "lead", 1.0, "capacity_building", -90, "agreed", "weak", "pooled",
     {"data_protocol_agreed": True,
      "data_handover": "Referral records handed over under the GBV AoR protocol."}),
    ("mara", "unfpa", "lead", 0.7, "transfer", -90, "agreed", "strong", "agency",
     {"data_protocol_agreed": True,
      "data_handover": "Records transferred under the GBV information management protocol."}),
    ("mara", "unwomen", "support", 0.3, "co_delivery", -90, "agreed", "good", "agency", {}),
    ("gbv_referral_bel", "gbv_aor", "lead", 1.0, "transfer", -60, "handed_over", "good",
     "pooled", {"data_protocol_agreed": True,
                "data_handover": "Referral records kept by service providers."}),
    ("safe_spaces_mir", "unfpa", "lead", 1.0, "transfer", -60, "verified_6m", "good",
     "agency", {}),
    # deliberate: over-allocation, built in write_demo_plan (a deleted share restored)
    ("eod_bel", "hdt", "lead", 0.6, "transfer", -90, "agreed", "good", None, {}),
    ("eod_bel", "ldv", "support", 0.4, "capacity_building", -90, "agreed", "fair", None, {}),
    # deliberate: risk education is funded to end 2027 only
    ("eore_ruv", "unmas", "lead", 1.0, "transfer", -90, "agreed", "good", "gap2028", {}),
    ("survey_dal", "hdt", "lead", 1.0, "transfer", -60, "handed_over", "good", "bilateral",
     {}),
    ("victim_assist", "ma_aor", "lead", 0.6, "transfer", -60, "agreed", "good", "pooled", {}),
    ("victim_assist", "fma", "support", 0.4, "co_delivery", -60, "agreed", "good", "pooled",
     {}),
    ("eod_tam", "unmas", "lead", 1.0, "transfer", -90, "agreed", "good", "mptf", {}),
    ("cvr_sok", "undp", "lead", 1.0, "co_delivery", -120, "co_delivery", "good", "pbf", {}),
    ("ddr_site_tam", "massn", "lead", 0.5, "capacity_building", -90, "agreed", "host", "host",
     {}),
    ("reintegration_lom", "iom", "lead", 1.0, "transfer", -60, "handed_over", "good",
     "agency", {}),
    ("corrections_asv", "mjdh", "lead", 1.0, "capacity_building", -120, "agreed", "host",
     "host", {}),
    ("mobile_courts", "undp", "lead", 1.0, "transfer", -60, "handed_over", "good", "pbf", {}),
    ("ssr", "unipok", "lead", 0.7, "transfer", -60, "agreed", "good", "pbf", {}),
    # deliberate: the regional community is only identified for the other 30%, with no date
    ("ssr", "clrc", "support", 0.3, "co_delivery", None, "identified", None, None, {}),
    ("special_prosecution", "undp", "lead", 1.0, "transfer", -60, "agreed", "good",
     "bilateral", {}),
    ("radio", "voixlibre", "lead", 1.0, "co_delivery", -180, "co_delivery", "good",
     "bilateral", {"agreement_ref": "Transfer agreement UNSMK-FVL 2026/02"}),
    ("relay_odu", "keltel", "lead", 1.0, "transfer", -30, "handed_back", "fair", None, {}),
    ("relay_odu", "voixlibre", "lead", 1.0, "transfer", -30, "verified_3m", "good",
     "bilateral", {}),
    ("disinfo", "voixlibre", "lead", 0.6, "capacity_building", -90, "agreed", "good",
     "bilateral", {}),
    ("disinfo", "unipok", "support", 0.4, "transfer", -90, "agreed", "good", "pbf", {}),
    ("flights", "wfp", "lead", 1.0, "transfer", -90, "agreed", "strong", "pooled", {}),
    ("flights", "selenair", "support", 0.0, "transfer", None, "declined", None, None,
     {"notes": "Charter offer declined: no aircraft certified for mountain strips."}),
    ("casevac_asv", "fma", "lead", 1.0, "transfer", -60, "agreed", "good", "bilateral", {}),
    ("escorts_kan", "obsidian", "lead", 1.0, "transfer", None, "declined", None, None,
     {"notes": "Offer of a private military company declined: not a successor."}),
    ("escorts_kan", "ocha", "lead", 1.0, "discontinue", 0, "agreed", None, None,
     {"notes": "Escorts end; OCHA negotiates access instead."}),
    ("base_sok", "iom", "lead", 0.3, "transfer", -60, "agreed", "good", "agency", {}),
    # deliberate: the incident database goes to OCHA with no data protocol agreed
    ("incident_db", "ocha", "lead", 1.0, "transfer", -90, "agreed", "good", "pooled",
     {"data_handover": "To be discussed after transfer."}),
    ("gis", "iom", "lead", 1.0, "transfer", -90, "agreed", "good", "agency", {}),
    ("jmac_asv", "unipok", "lead", 1.0, "transfer", -60, "agreed", "good", "pbf",
     {"data_protocol_agreed": True,
      "data_handover": "Reports transferred to UNIPOK's analysis cell under UN rules."}),
    ("qip_odu", "gov_tessik", "lead", 1.0, "transfer", -30, "handed_back", "host", None, {}),
    ("qip_odu", "undp", "lead", 1.0, "transfer", -30, "verified_3m", "good", "pbf", {}),
    ("conflict_mgmt_dal", "ucan", "lead", 1.0, "transfer", -60, "handed_over", "good",
     "bilateral", {}),
    ("qip_asari", "undp", "lead", 1.0, "transfer", -90, "agreed", "good", "pbf", {}),
    ("land_kan", "gov_lomba", "lead", 1.0, "capacity_building", -60, "handed_over", "host",
     "host", {}),
)  # fmt: skip

# The third successor of the clearance teams: deleted, then restored after another partner's
# share was added (see _Builder.add_over_allocation).
RESTORED_SHARE = ("eod_bel", "unmas", "support", 0.4, "co_delivery", -90, "agreed", "good",
                  None, {})

# --- readiness -------------------------------------------------------------------------------

DIMENSIONS = ("capacity", "willingness", "funding", "access", "legitimacy", "independence",
              "data_transfer")
# profile -> scores in DIMENSIONS order, confidence in the same order
READINESS = {
    "strong": ((5, 5, 4, 4, 5, 5, 4), ("high", "high", "medium", "medium", "high", "high",
                                       "medium")),
    "good": ((4, 4, 4, 3, 4, 4, 3), ("medium", "high", "medium", "medium", "medium", "high",
                                     "low")),
    "fair": ((3, 4, 3, 3, 4, 3, 3), ("medium", "medium", "low", "medium", "medium", "medium",
                                     "low")),
    "host": ((3, 5, 3, 4, 3, 3, 3), ("medium", "high", "low", "high", "low", "low", "medium")),
    "weak": ((2, 4, 3, 2, 4, 4, 3), ("high", "medium", "low", "high", "medium", "medium",
                                     "low")),
}  # fmt: skip
EVIDENCE = {  # dimension -> (evidence when score <= 2, == 3, >= 4)
    "capacity": ("Three staff for four territories; no vehicles.",
                 "Staff recruited but still in training.",
                 "Staff in place at the site and trained."),
    "willingness": ("No formal commitment.", "Verbal commitment at the working group.",
                    "Mandate covers it; commitment in writing."),
    "funding": ("No funding identified.", "Funding for part of the period only.",
                "Multi-year funding agreed."),
    "access": ("Roads cut for four months in the rainy season.",
               "Access by road with escorts in some territories.",
               "Present in the area with regular access."),
    "legitimacy": ("Communities distrust the successor.", "Mixed perceptions in surveys.",
                   "Trusted by communities, per perception survey."),
    "independence": ("Party to the conflict.", "Safeguards in place but untested.",
                     "Independent; human rights due diligence completed."),
    "data_transfer": ("No data handover planned.", "Data handover planned, not started.",
                      "Data and contacts transferred under a protocol."),
}

# --- funding ---------------------------------------------------------------------------------

# profile -> (source type, status, donor, period start or "start" for the handover's, end)
FUNDING = {
    "agency": (("un_agency_funds", "committed", "Agency core resources", "start", "2027-12-31"),
               ("un_agency_funds", "pledged", "Agency non-core appeal", "2028-01-01",
                "2028-12-31")),
    "pbf": (("peacebuilding_fund", "committed", "Peacebuilding Fund", "start", "2027-12-31"),
            ("mptf", "pledged", "Kelvara Transition Multi-Partner Trust Fund", "2028-01-01",
             "2028-12-31")),
    "mptf": (("mptf", "committed", "Kelvara Transition Multi-Partner Trust Fund", "start",
              "2028-12-31"),),
    "bilateral": (("bilateral", "disbursed", "Embassy of Norland", "start", "2027-06-30"),
                  ("bilateral", "committed", "Aldoria Development Agency", "2027-07-01",
                   "2028-12-31")),
    "pooled": (("humanitarian_pooled", "committed", "Kelvara Humanitarian Fund (CBPF)",
                "start", "2028-12-31"),),
    "host": (("host_government", "pledged", "Ministry of Finance, budget line 34-07", "start",
              "2028-12-31"),
             ("bilateral", "required", "", "2027-01-01", "2028-12-31")),
    "private": (("private_other", "committed", "KelTel corporate foundation", "start",
                 "2028-12-31"),),
    "gap2028": (("un_agency_funds", "committed", "UNMAS voluntary trust fund", "start",
                 "2027-12-31"),
                ("bilateral", "required", "", "2028-01-01", "2028-12-31")),
}  # fmt: skip
MISSION_FY = ((D("2026-01-01"), D("2026-06-30"), "disbursed"),
              (D("2026-07-01"), D("2027-06-30"), "committed"))
PROGRAMMATIC = {"cvr_sok", "qip_odu", "qip_asari", "reintegration_lom", "lpc_support"}

# --- timeline --------------------------------------------------------------------------------

# title, kind, due date, location key
MILESTONES = (
    ("Security Council renews UNSMK for a final twelve months", "mandate_decision",
     "2026-06-26", None),
    ("Security Council decision on the follow-on office", "mandate_decision", "2027-06-25",
     None),
    ("Drawdown phase 1: Tessik", "drawdown_phase", "2026-01-01", "p_tessik"),
    ("Drawdown phase 2: Lomba and Varanka", "drawdown_phase", "2026-06-01", "p_lomba"),
    ("Drawdown phase 3: Nord-Asari and headquarters", "drawdown_phase", "2027-01-01",
     "p_asari"),
    ("Radio Kelvara Libre handed to Fondation Voix Libre", "handover", "2027-01-01", "hq"),
    ("MRM secretariat handed to UNICEF", "handover", "2027-04-01", "hq"),
    ("Mission exit", "exit", "2027-06-30", None),
    ("Liquidation completed", "liquidation", "2027-12-31", None),
) + tuple(
    (f"Quarterly transition review {q}", "review", day, None)
    for q, day in (("2026-Q1", "2026-03-31"), ("2026-Q2", "2026-06-30"),
                   ("2026-Q3", "2026-09-30"), ("2026-Q4", "2026-12-31"),
                   ("2027-Q1", "2027-03-31"), ("2027-Q2", "2027-06-15"),
                   ("2027-Q4 (post-exit)", "2027-12-15"))
)  # fmt: skip

# Protection indicators of places, reported each quarter (values up to DEMO_AS_OF):
# name, location, unit, threshold, trigger when, values (day, value)
INDICATORS = (
    ("Civilians killed in attacks", "p_asari", "deaths a month", 25.0, "above",
     (("2026-01-31", 18), ("2026-04-30", 21), ("2026-07-31", 17), ("2026-10-31", 19))),
    ("Villages the alert network reaches within an hour", "p_asari", "%", 60.0, "below",
     (("2026-03-31", 82), ("2026-06-30", 80), ("2026-09-30", 79))),
    ("GBV survivors referred to services", "p_lomba", "survivors a month", 40.0, "below",
     (("2026-03-31", 74), ("2026-06-30", 71), ("2026-09-30", 66))),
)  # fmt: skip

# Post-exit monitoring of handovers: (capacity key, actor key), name, unit, baseline,
# threshold, trigger_when, monthly values from June 2026 (at each month's end, up to the last
# month ended before DEMO_AS_OF).
# deliberate: the Tessik alert network, handed over when Oduna closed (31 May 2026) and
# verified sustained three months on, has answered fewer alerts each month: August to October
# below 60%, three months in a row, call the UN back (re_engagement_trigger).
MONITORED = (
    (("can_tessik", "typ"), "Alerts answered within an hour", "%", 81.0, 60.0, "below",
     (78, 71, 58, 55, 49)),
    (("can_tessik", "typ"), "Funding received against the budget", "%", 100.0, 50.0, "below",
     (100, 100, 90, 90, 75)),
    (("forum_lomba", "pc"), "Protection coordination meetings held", "meetings a month", 2.0,
     1.0, "below", (2, 2, 1, 2, 3)),
)  # fmt: skip
MONITORED_FROM = D("2026-06-01")

# record type, key (a capacity key), body, sensitive
COMMENTS = (
    ("capacity", "cla_asari", "UNDP's PBF project only budgets the Lomba CLAs; the Nord-Asari "
     "CLAs have no home after May 2027.", False),
    ("capacity", "cla_asari", "Cluster: without the CLAs the alert network loses its "
     "translators in the minority villages.", False),
    ("capacity", "eod_bel", "Partner copy of the matrix merged; please check the shares.",
     False),
    ("capacity", "hr_lomba", "OHCHR and the CNDHK object to the FAK proposal.", False),
    ("capacity", "phone_credit", "Who pays the airtime after May 2027?", False),
    ("capacity", "cvr_sok", "Informant Jonas Mbeki-Taro reports recruitment near the Sokolu "
     "school.", True),
)  # fmt: skip


# --- building --------------------------------------------------------------------------------


def _money(amount: float | Decimal) -> Decimal:
    return Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


class _Builder:
    """Keeps the ids of what it has written, by the keys of the tables above."""

    def __init__(self, handle: PlanHandle):
        self.h = handle
        self.locations: dict[str, str] = {}
        self.closures: dict[str, date | None] = {}
        self.parents: dict[str, str | None] = {}
        self.actors: dict[str, str] = {}
        self.capacities: dict[str, object] = {}
        self.mission_end: dict[str, date] = {}
        self.handovers: dict[tuple[str, str], str] = {}

    def add_locations(self) -> None:
        for key, parent, name, level, pcode, closure in LOCATIONS:
            closure_date = D(closure) if closure else None
            loc = inventory.add_location(self.h, {
                "name": name, "parent_id": self.locations.get(parent), "level": level,
                "pcode": pcode, "closure_date": closure_date,
            })
            self.locations[key] = loc.id
            self.closures[key], self.parents[key] = closure_date, parent

    def _closure(self, key: str | None) -> date:
        while key is not None:
            if self.closures[key]:
                return self.closures[key]
            key = self.parents[key]
        return PLANNED_EXIT

    def add_actors(self) -> None:
        for key, name, acronym, actor_type, description, present in ACTORS:
            contact, secret = CONTACTS.get(key, ("", False))
            actor = inventory.add_actor(self.h, {
                "name": name, "acronym": acronym, "actor_type": actor_type,
                "description": description, "contact": contact,
                "sensitive_fields": ["contact"] if secret else [],
            })
            self.actors[key] = actor.id
            inventory.set_actor_presence(self.h, actor.id, [self.locations[k] for k in present])

    def add_capacities(self) -> None:
        for (key, name, loc, category, tier, component, quantity, unit, cost, criticality,
             populations) in CAPACITIES:
            data = {
                "name": name, "location_id": self.locations[loc], "category": category,
                "poc_tier": tier, "component": component, "quantity": quantity, "unit": unit,
                "annual_cost": _money(cost), "criticality": criticality,
                "populations": populations.split(), **EXTRAS.get(key, {}),
            }
            cap = inventory.add_capacity(self.h, data)
            self.capacities[key] = cap
            self.mission_end[key] = cap.end_date or self._closure(loc)
            self._mission_funding(key, cap)
        for cap_key, enabler_key, note in ENABLERS:
            inventory.add_enabler(
                self.h, self.capacities[cap_key].id, self.capacities[enabler_key].id, note
            )

    def _mission_funding(self, key: str, cap) -> None:
        """The mission's own budget lines, one per fiscal year until it leaves the site."""
        if not cap.annual_cost:
            return
        source = "mission_programmatic" if key in PROGRAMMATIC else "mission_assessed"
        for start, end, status in MISSION_FY:
            end = min(end, self.mission_end[key])
            if end < start:
                continue
            amount = cap.annual_cost * _months(start, end) / 12
            handovers.add_funding_line(self.h, {
                "capacity_id": cap.id, "source_type": source, "donor": "UNSMK budget",
                "amount": _money(amount), "currency": cap.currency, "status": status,
                "period_start": start, "period_end": end,
            })

    def add_handover(self, row) -> str:
        cap_key, actor_key, role, share, modality, offset, status, readiness, funding, extra = row
        cap = self.capacities[cap_key]
        extra = dict(extra)
        start = None if offset is None else self.mission_end[cap_key] + timedelta(days=offset)
        data = {
            "capacity_id": cap.id, "actor_id": self.actors[actor_key], "role": role,
            "share": share, "quantity": round(cap.quantity * share, 2), "modality": modality,
            "start_date": start, "end_date": extra.pop("end", None), "status": "identified",
            **extra,
        }
        if "agreed" in _path_to(status):
            data.setdefault("agreement_ref", f"Letter of agreement UNSMK/{actor_key.upper()}/2026")
            data.setdefault("agreement_status", "signed")
            if data["agreement_status"] == "signed":
                data["agreement_date"] = min(start or ASSESSED_ON, ASSESSED_ON)
        if "alternative_to" in data:  # the fallback for this capacity's handover to that actor
            data["alternative_to_id"] = self.handovers[cap_key, data.pop("alternative_to")]
        handover = handovers.add_handover(self.h, data)
        self.handovers[cap_key, actor_key] = handover.id
        for step in _path_to(status):
            handovers.set_status(self.h, handover.id, step, STATUS_NOTES[step])
        if readiness:
            self._readiness(handover.id, readiness)
        if funding and cap.annual_cost:
            self._funding(cap, handover.id, start or HORIZON_START, share, funding)
        return handover.id

    def _readiness(self, handover_id: str, profile: str) -> None:
        scores, confidences = READINESS[profile]
        for dimension, score, confidence in zip(DIMENSIONS, scores, confidences):
            level = 0 if score <= 2 else 1 if score == 3 else 2
            handovers.set_readiness(self.h, handover_id, {
                "dimension": dimension, "score": score, "confidence": confidence,
                "evidence": EVIDENCE[dimension][level], "assessed_on": ASSESSED_ON,
            })

    def _funding(self, cap, handover_id, start: date, share: float, profile: str) -> None:
        for source, status, donor, begin, end in FUNDING[profile]:
            end = D(end)
            begin = min(start, end) if begin == "start" else D(begin)
            amount = cap.annual_cost * Decimal(str(share)) * _months(begin, end) / 12
            handovers.add_funding_line(self.h, {
                "capacity_id": cap.id, "handover_id": handover_id, "source_type": source,
                "donor": donor, "amount": _money(amount), "currency": cap.currency,
                "status": status, "period_start": begin, "period_end": end,
            })

    def add_over_allocation(self) -> None:
        """Shares above 100%, the way they arise when partners edit copies of the matrix: UNMAS's
        40% is deleted in one copy, the national NGO's 40% added, then UNMAS's is restored."""
        unmas = self.add_handover(RESTORED_SHARE)
        audit_id = handovers.delete_handover(self.h, unmas)
        self.add_handover(next(r for r in HANDOVERS if r[:2] == ("eod_bel", "ldv")))
        audit.restore_deleted(self.h, audit_id)
        cap = self.capacities["eod_bel"]
        handovers.add_funding_line(self.h, {  # funds whichever successor runs it
            "capacity_id": cap.id, "source_type": "mptf", "status": "committed",
            "donor": "Kelvara Transition Multi-Partner Trust Fund",
            "amount": _money(cap.annual_cost * 2), "currency": cap.currency,
            "period_start": D("2026-07-01"), "period_end": HORIZON_END,
        })

    def add_funding_extras(self) -> None:
        """An anonymous donor (a sensitive field) and a pledge in euros for the radio."""
        hotline = self.capacities["hotline"]
        handovers.add_funding_line(self.h, {
            "capacity_id": hotline.id, "source_type": "private_other", "status": "pledged",
            "donor": "Héléna Drosk family foundation", "sensitive_fields": ["donor"],
            "amount": _money(50_000), "currency": "USD",
            "period_start": D("2027-07-01"), "period_end": D("2028-06-30"),
            "notes": "The donor asked not to be named outside the mission.",
        })
        radio = self.capacities["radio"]
        handovers.add_funding_line(self.h, {
            "capacity_id": radio.id, "source_type": "bilateral", "status": "required",
            "donor": "", "amount": _money(1_200_000), "currency": "EUR",
            "period_start": D("2028-01-01"), "period_end": HORIZON_END,
            "notes": "Top-up for FM relays in Nord-Asari.",
        })

    def add_timeline(self) -> None:
        for title, kind, due, loc in MILESTONES:
            timeline.add_milestone(self.h, {
                "title": title, "kind": kind, "due_date": D(due),
                "location_id": self.locations.get(loc),
            })
        for key, _parent, name, _level, _pcode, closure in LOCATIONS:
            if closure and self.parents[key] and self.parents[key].startswith("t_"):
                timeline.add_milestone(self.h, {
                    "title": f"{name} closes", "kind": "site_closure",
                    "due_date": D(closure), "location_id": self.locations[key],
                })
        for name, loc, unit, threshold, trigger, values in INDICATORS:
            indicator = timeline.add_indicator(self.h, {
                "name": name, "location_id": self.locations[loc], "unit": unit,
                "threshold": threshold, "trigger_when": trigger, "period": "quarter",
            })
            for measured_on, value in values:
                timeline.record_indicator_value(self.h, {
                    "indicator_id": indicator.id, "measured_on": D(measured_on),
                    "value": value,
                })
        self.add_monitoring()
        for record_type, key, body, sensitive in COMMENTS:
            timeline.add_comment(self.h, {
                "record_type": record_type, "record_id": self.capacities[key].id,
                "body": body, "sensitive": sensitive,
            })

    def add_monitoring(self) -> None:
        """Indicators of a few handovers and their values after the exit."""
        for key, name, unit, baseline, threshold, trigger, values in MONITORED:
            indicator = monitoring.add_indicator(self.h, {
                "name": name, "handover_id": self.handovers[key], "unit": unit,
                "baseline": baseline, "threshold": threshold, "trigger_when": trigger,
                "monitor_from": MONITORED_FROM,
            })
            monitoring.add_values(self.h, [
                {"indicator_id": indicator.id, "value": value,
                 "measured_on": add_months(MONITORED_FROM, i + 1) - timedelta(days=1),
                 "source": "Joint monitoring visits"}
                for i, value in enumerate(values)
            ])


def _path_to(status: str) -> tuple[str, ...]:
    """The lifecycle steps after 'identified' that lead to `status`."""
    before = EXITS.get(status)
    if before is None:
        return LIFECYCLE[1 : LIFECYCLE.index(status) + 1]
    return LIFECYCLE[1 : LIFECYCLE.index(before) + 1] + (status,)


GAZETTEER_FILES = ("kelvara_adm_gazetteer.csv", "kelvara_adm_boundaries.geojson")
MAPPED_LEVELS = ("team_site", "field_office")  # places drawn as points on the map


def add_demo_gazetteer(handle: PlanHandle) -> None:
    """The country's gazetteer and boundaries; team sites and offices at their commune's
    centroid."""
    for name in GAZETTEER_FILES:
        gazetteer.import_file(handle, paths.DEMO_GEODATA / name)
    gazetteer.locate_from_gazetteer(handle, MAPPED_LEVELS)


def write_demo_plan(path: str | Path, user: str = "demo") -> PlanHandle:
    """Write the demo plan to a new file and return it open."""
    handle = plans.new_plan(path, PLAN, user=user)
    build = _Builder(handle)
    build.add_locations()
    add_demo_gazetteer(handle)
    build.add_actors()
    build.add_capacities()
    for row in HANDOVERS:
        if row[:2] != ("eod_bel", "ldv"):  # added by add_over_allocation, after a deletion
            build.add_handover(row)
    build.add_over_allocation()
    build.add_funding_extras()
    build.add_timeline()
    plans.add_scenario(handle, {
        "name": "Accelerated withdrawal",
        "description": "The Council ends the mandate six months early; every closure and the "
                       "exit move six months earlier.",
        "closure_shift_months": -6,
    })
    return handle
