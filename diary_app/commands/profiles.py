"""`profiles`: list, add and rename the people a diary is about."""

from __future__ import annotations

from dataclasses import replace

from diary_app.commands.context import opened_store
from diary_app.console import say
from diary_app.domain import Profile
from diary_app.exchange.summary import counted


def register(subparsers) -> None:
    parser = subparsers.add_parser("profiles", help="list, add or rename profiles")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="list the profiles (the default)")
    add = actions.add_parser("add", help="add a profile")
    add.add_argument("name")
    add.add_argument("--birth-year", type=int)
    rename = actions.add_parser("rename", help="rename a profile")
    rename.add_argument("old")
    rename.add_argument("new")
    parser.set_defaults(run=run)


def run(args) -> int:
    with opened_store(args, write=args.action in ("add", "rename")) as store:
        if args.action == "add":
            profile = store.add_profile(Profile(name=args.name, birth_year=args.birth_year))
            say(f"added profile {profile.name}")
        elif args.action == "rename":
            profile = store.profile_named(args.old)
            store.update_profile(replace(profile, name=args.new))
            say(f"renamed {args.old} to {args.new}")
        else:
            for profile in store.profiles():
                count = store.entry_count(profile.id)
                born = f", born {profile.birth_year}" if profile.birth_year else ""
                say(f"{profile.name}{born}: {counted(count, 'day entry', 'day entries')}")
    return 0
