#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the bundled sample data set of CoopAtlas from three public directories.

Reads the DotCoop and ICA directory exports (comma-separated) and the Berlin
"Wandelwoche" list (tab-separated) and writes sample-data.json with the
Belgian, Berlin and Barcelona organisations. resources/sample/README.md states
every selection and privacy rule applied here.

Usage: build-sample.py DOTCOOP_CSV ICA_CSV WANDELWOCHE_CSV [-o OUTPUT]
"""

import argparse
import csv
import html.parser
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

FORMAT_VERSION = 1

COUNTRY_CODES = {"Belgium": "BE", "Germany": "DE", "Spain": "ES"}

# Rows whose organisation name is the name of a private person (checked by hand).
PRIVATE_PERSON_ROWS = {
    ("dotcoop", "164387488"),
    ("dotcoop", "373129926"),
}

# Names whose accented letters were lost in the export, as the organisations
# write them.
NAME_CORRECTIONS = {
    ("dotcoop", "18210778"): "Federació de Cooperatives de Treball de Catalunya",
    ("dotcoop", "18211378"): "Confederación Española de Cooperativas de Consumidores y Usuarios",
    ("dotcoop", "18232066"): "KreditUnion für Selbsthilfe und Solidarität eG",
    ("dotcoop", "283887274"): "Federació de Cooperatives de Consumidors i Usuaris de Catalunya",
}

# ICA "Organisational Structure" values that make an organisation a network.
ICA_NETWORK_STRUCTURES = {
    "National apex",
    "National sectoral federation or union",
    "Regional, state or provincial level federation or union",
    "Supranational",
}

# Public mailbox providers: an address there belongs to a person or is not
# verifiably the organisation's, so it is never bundled.
MAILBOX_PROVIDERS = {
    "aol.com", "arcor.de", "freenet.de", "gmail.com", "gmx.at", "gmx.ch", "gmx.de",
    "gmx.net", "googlemail.com", "hotmail.com", "hotmail.de", "hotmail.fr", "icloud.com",
    "ipn.de", "jpberlin.de", "live.com", "mail.de", "mailbox.org", "me.com", "outlook.com",
    "posteo.de", "posteo.net", "proton.me", "protonmail.com", "riseup.net", "skynet.be",
    "t-online.de", "telenet.be", "web.de", "yahoo.com", "yahoo.de", "yahoo.es", "yahoo.fr",
}

# Local parts that name a role or a department rather than a person.
ROLE_LOCAL_PARTS = {
    "admin", "bonjour", "buero", "contact", "email", "hallo", "hello", "hola", "info",
    "kontakt", "mail", "office", "post", "presse", "press", "secretariat", "service",
    "team",
}

# Calling code and mobile prefixes (after the calling code) per country. Mobile
# numbers are dropped because they are usually a person's own phone.
PHONE_RULES = {"DE": ("+49", ("15", "16", "17"))}

# Berlin has one spelling in every source. Barcelona is "Barcelona" or
# "Barcelona, Catalonia".
CITY_FOR_COUNTRY = {"DE": "berlin", "ES": "barcelona"}


def fold(text):
    """Return the text in lowercase, without accents, with letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed.lower() if c.isalnum() and not unicodedata.combining(c))


class _TextExtractor(html.parser.HTMLParser):
    """Collects the text of an HTML fragment, one paragraph or list item a line."""

    BLOCKS = {"p", "div", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [""]

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.lines.append("")
        if tag == "li":
            self.lines[-1] = "- "

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        self.lines[-1] += data


def html_to_text(fragment):
    """Turn an HTML description into plain text with one blank line between blocks."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    paragraphs = []
    for line in parser.lines:
        cleaned = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
        if cleaned and cleaned != "-":
            paragraphs.append(cleaned)
    return "\n\n".join(paragraphs)


def split_values(text):
    """Split a cell that lists several values with ';', ',' or spaces."""
    return [value for value in re.split(r"[;,\s]+", text or "") if value]


def clean_websites(text):
    websites = []
    for value in split_values(text):
        # Some cells contain "https://http://example.org", so keep the inner address.
        value = re.sub(r"^[a-z]+://(?=[a-z]+://)", "", value, flags=re.IGNORECASE)
        if "://" not in value:
            value = "http://" + value
        if value not in websites:
            websites.append(value)
    return websites


def host_of(url):
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(domain, host):
    """True when two host names are equal or one is a subdomain of the other."""
    if not domain or not host:
        return False
    return domain == host or domain.endswith("." + host) or host.endswith("." + domain)


def organisational_email(address, name, websites):
    """True when an e-mail address is the organisation's, by the rules of README.md."""
    if address.count("@") != 1:
        return False
    local, domain = address.lower().split("@")
    if domain in MAILBOX_PROVIDERS:
        return False
    if not any(same_site(domain, host_of(url)) for url in websites):
        return False
    folded_local = fold(local)
    if folded_local in ROLE_LOCAL_PARTS:
        return True
    domain_label = fold(domain.split(".")[0])
    return len(folded_local) >= 3 and (folded_local in fold(name) or folded_local in domain_label)


def organisational_phones(text, country):
    rule = PHONE_RULES.get(country)
    if rule is None:
        return []
    calling_code, mobile_prefixes = rule
    phones = []
    for value in re.split(r"[;,]", text or ""):
        phone = re.sub(r"\s+", " ", value).strip()
        if not phone.startswith(calling_code + " "):
            continue
        national = phone[len(calling_code):].strip()
        if national.startswith(mobile_prefixes):
            continue
        phones.append(phone)
    return phones


def clean_postcode(postcode, country):
    postcode = postcode.strip()
    # Spanish postcodes have five digits, but the DotCoop export drops the leading 0.
    if country == "ES" and postcode.isdigit() and len(postcode) < 5:
        postcode = postcode.zfill(5)
    return postcode


def in_scope(country, locality):
    """Return True for Belgium as a whole, the city of Berlin and the city of Barcelona."""
    if country == "BE":
        return True
    city = CITY_FOR_COUNTRY.get(country)
    return city is not None and fold(locality.split(",")[0]) == city


def organisation(directory, identifier, name, **fields):
    record = {
        "name": NAME_CORRECTIONS.get((directory, identifier), name.strip()),
        "kind": fields.get("kind", "other"),
        "street": fields.get("street", "").strip(),
        "postcode": fields.get("postcode", ""),
        "locality": fields.get("locality", "").strip(),
        "country": fields["country"],
        "websites": fields.get("websites", []),
        "emails": fields.get("emails", []),
        "phones": fields.get("phones", []),
        "description": fields.get("description", ""),
        "tags": fields.get("tags", []),
        "source": {"directory": directory, "identifier": identifier},
    }
    return record


def merge_listings(organisations):
    """Merge the listings of one organisation in one country into the first listing.

    The .coop registry lists an organisation once per registrant account, and
    the ICA directory lists some of them again. Listings with the same folded
    name in the same country are one organisation: websites, e-mails and phones
    are united in order, empty fields are filled from the later listings, and
    their sources are kept under "also".
    """
    merged = {}
    for record in organisations:
        key = (fold(record["name"]), record["country"])
        first = merged.get(key)
        if first is None:
            merged[key] = record
            continue
        for field in ("websites", "emails", "phones", "tags"):
            first[field] += [value for value in record[field] if value not in first[field]]
        for field in ("street", "postcode", "locality", "description"):
            if not first[field]:
                first[field] = record[field]
        if first["kind"] == "other":
            first["kind"] = record["kind"]
        first["source"].setdefault("also", []).append(
            {"directory": record["source"]["directory"],
             "identifier": record["source"]["identifier"]})
    return list(merged.values())


def read_standard_directory(path, directory):
    """Read the in-scope rows of a DotCoop or ICA export (the 24-column standard CSV)."""
    records = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = COUNTRY_CODES.get(row["Country Name"].strip())
            locality = row["Locality"].strip()
            identifier = row["Identifier"].strip()
            if country is None or not in_scope(country, locality):
                continue
            if (directory, identifier) in PRIVATE_PERSON_ROWS:
                continue
            structure = row["Organisational Structure"].strip()
            street = re.sub(r"^Address \d+:\s*", "", row["Street Address"].strip())
            records.append(
                organisation(
                    directory,
                    identifier,
                    row["Name"],
                    kind="network" if structure in ICA_NETWORK_STRUCTURES else "other",
                    street=street,
                    postcode=clean_postcode(row["Postcode"], country),
                    locality=locality.split(",")[0],
                    country=country,
                    websites=clean_websites(row["Website"]),
                    description=html_to_text(row["Description"]),
                )
            )
    return records


def read_wandelwoche(path):
    """Read the Berlin rows of the tab-separated Wandelwoche list."""
    records = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        for row in reader:
            if row["addr:city"].strip() != "Berlin":
                continue
            identifier = f"line {reader.line_num}"
            if ("wandelwoche", identifier) in PRIVATE_PERSON_ROWS:
                continue
            name = row["name"].strip()
            country = COUNTRY_CODES.get(row["addr:country"].strip(), "DE")
            websites = clean_websites(row["contact:website"])
            emails = [
                address.lower()
                for address in split_values(row["contact:email"])
                if organisational_email(address, name, websites)
            ]
            main_tag = row["main tag"].strip().lower()
            records.append(
                organisation(
                    "wandelwoche",
                    identifier,
                    name,
                    kind="network" if main_tag.startswith("network") else "other",
                    street=f"{row['addr:street'].strip()} {row['addr:housenumber'].strip()}",
                    postcode=row["addr:postcode"].strip(),
                    locality="Berlin",
                    country=country,
                    websites=websites,
                    emails=emails,
                    phones=organisational_phones(row["contact:phone"], country),
                    description=row["short description"].strip(),
                    tags=[tag for tag in re.split(r"[;,]\s*", row["identity"].strip()) if tag.strip()],
                )
            )
    return records


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dotcoop", type=Path, help="path of dotcoop-expected.csv")
    parser.add_argument("ica", type=Path, help="path of ica-expected.csv")
    parser.add_argument("wandelwoche", type=Path, help="path of Wandelwoche_wandelwoche-ganz.csv")
    parser.add_argument(
        "-o", "--output", type=Path,
        default=Path(__file__).resolve().parent / "sample-data.json",
        help="JSON file to write (default: sample-data.json beside this script)",
    )
    args = parser.parse_args(argv)

    for path in (args.dotcoop, args.ica, args.wandelwoche):
        if not path.is_file():
            parser.error(f"input file not found: {path}")

    organisations = merge_listings(
        read_standard_directory(args.dotcoop, "dotcoop")
        + read_standard_directory(args.ica, "ica")
        + read_wandelwoche(args.wandelwoche)
    )
    document = {"format": FORMAT_VERSION, "organisations": organisations}
    with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"wrote {len(organisations)} organisations to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
