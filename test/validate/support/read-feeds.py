"""Read RSS feeds with a real feed reader's parser (Debian's python3-feedparser), print JSON.

Usage: /usr/bin/python3 read-feeds.py FEED.xml...  →  [{file, bozo, bozo_exception, feed, entries}]
Dates come out twice: as written (`published`) and as the UTC instant feedparser understood.
"""
import calendar
import json
import sys
import xml.etree.ElementTree as ET

import feedparser


def instant(parsed):
    return None if parsed is None else calendar.timegm(parsed)


def read(path):
    d = feedparser.parse(path)
    try:
        ET.parse(path)  # a strict XML parser too
        xml_error = None
    except ET.ParseError as err:
        xml_error = str(err)
    return {
        "xml_error": xml_error,
        "file": path,
        "bozo": int(d.bozo),
        "bozo_exception": repr(d.get("bozo_exception")) if d.bozo else None,
        "version": d.version,
        "feed": {
            "title": d.feed.get("title"),
            "link": d.feed.get("link"),
            "language": d.feed.get("language"),
            "links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])],
        },
        "entries": [
            {
                "title": e.get("title"),
                "link": e.get("link"),
                "id": e.get("id"),
                "guidislink": e.get("guidislink"),
                "published": e.get("published"),
                "published_utc": instant(e.get("published_parsed")),
                "content": [c.get("value") for c in e.get("content", [])],
                "summary": e.get("summary"),
            }
            for e in d.entries
        ],
    }


print(json.dumps([read(p) for p in sys.argv[1:]], ensure_ascii=False))
