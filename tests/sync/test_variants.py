"""Every crafted bundle of the catalogue gets the refusal it must get (BUNDLE.md rule 1),
with the receiver's database unchanged; tampering anywhere is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.sync import reader, record_checks, zip_members
from desktop.sync.reader import read_bundle
from tests.sync.bags import Member, Parts, build_bag, parse_parts, read_members
from tests.sync.mutations import KNOWN_ISSUES, Mutator, _variants
from tests.sync.world import Receiver, World, judge

VARIANTS = sorted(_variants())
# Each of the kinds of file in a bag, as BUDGETS.md lists them.
REGIONS = (
    "bagit.txt",
    "bag-info.txt",
    "manifest-sha256.txt",
    "tagmanifest-sha256.txt",
    "data/records.jsonl",
    "data/counts.json",
    "data/cover.pdf",
    "data/attachments/",
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="reported to the lead"))
        if n in KNOWN_ISSUES
        else n
        for n in VARIANTS
    ],
)
def test_variant(name: str, mutator: Mutator, receiver: Receiver) -> None:
    m = mutator.variant(name)
    outcome, codes = judge(receiver, m.data)
    if m.expect is None:
        return
    assert outcome == "refused"
    assert m.expect in codes


def test_clean_bundle_rebuilt_by_the_test_helper_is_accepted(
    mutator: Mutator, receiver: Receiver
) -> None:
    """The crafted variants start from this: refusals are due to the variant alone."""
    assert judge(receiver, mutator.rebag()) == ("imported", [])
    assert judge(receiver, mutator.clean) == ("imported", [])


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_one_byte_changed_in_any_file_is_refused(
    region: str, where: str, mutator: Mutator, receiver: Receiver
) -> None:
    [member] = [n for n in mutator.member_names if n.split("/", 1)[1].startswith(region)]
    size = len(next(m.data for m in mutator.members if m.name == member))
    offset = {"first": 0, "middle": size // 2, "last": size - 1}[where]
    m = mutator.content_byte(member, offset, 0x20)
    outcome, codes = judge(receiver, m.data)
    assert outcome == "refused"
    assert {"checksum_mismatch", "signature_invalid"} & set(codes), codes


def test_signature_bytes_outside_the_signed_part_do_not_matter(
    mutator: Mutator, receiver: Receiver
) -> None:
    """The first line of signature.txt is an untrusted comment, as in minisign."""
    [member] = [n for n in mutator.member_names if n.endswith("signature.txt")]
    m = mutator.content_byte(member, 3, 0x01)
    assert m.expect is None
    assert judge(receiver, m.data) == ("imported", [])
    signed = mutator.content_byte(member, len(read_sig(mutator)) - 10, 0x01)
    assert judge(receiver, signed.data)[0] == "refused"


def read_sig(mutator: Mutator) -> bytes:
    return next(m.data for m in mutator.members if m.name.endswith("signature.txt"))


def test_same_seq_with_other_content_is_refused_after_the_first(
    mutator: Mutator, receiver: Receiver
) -> None:
    """Two bundles numbered alike by one installation: the second is refused, nothing changes."""
    other = mutator.rebag(
        Parts(
            "0f0e0d0c-0b0a-4908-8706-050403020100",
            mutator.parts.with_tags(Bundle_Id="0f0e0d0c-0b0a-4908-8706-050403020100").tags,
            mutator.parts.files,
            mutator.parts.signed_at,
        )
    )
    [first] = receiver.import_bytes(mutator.clean)
    try:
        assert first.status == "imported"
        outcome, codes = judge(receiver, other, "second.zip")
        assert (outcome, codes) == ("refused", ["seq_conflict"])
    finally:
        receiver.reset()


def test_other_child_cannot_take_a_childs_records_first(
    mutator: Mutator, receiver: Receiver
) -> None:
    """Child B "relays" records claiming commune A's origin before A's bundle arrives."""
    uuid = "0f0e0d0c-0b0a-4908-8706-050403020100"
    squat = mutator.variant("other_child_signs_commune_records")
    parts = parse_parts(squat.data)
    b = build_bag(
        Parts(uuid, parts.with_tags(Bundle_Id=uuid).tags, parts.files, parts.signed_at),
        mutator.world.other_keys.sign,
    )
    try:
        receiver.import_bytes(b, "b.zip")
        [genuine] = receiver.import_bytes(mutator.clean)
        assert genuine.status == "imported"
        assert genuine.counts["rejected"] == 0
    finally:
        receiver.reset()


def test_other_child_cannot_take_a_childs_bundle_id_first(
    mutator: Mutator, receiver: Receiver
) -> None:
    """Child B sends a bundle carrying commune A's Bundle-Id (seen on a shared stick)."""
    squat = mutator.variant("other_child_signs_commune_records").data
    try:
        receiver.import_bytes(squat, "b.zip")
        [genuine] = receiver.import_bytes(mutator.clean)
        assert genuine.status == "imported"
    finally:
        receiver.reset()


# --- limits, at their boundary (reader constants lowered for the test) ------------------


def _keys(world: World) -> reader.KeyLookup:
    info = world.commune_keys.info()
    return {"25222": (info.public_key, info.key_id)}.get


def _codes(path: Path, world: World) -> list[str]:
    bag, problems = read_bundle(path, _keys(world), target_code="79")
    assert (bag is None) == bool(problems)
    return [p.code for p in problems]


@pytest.fixture
def clean_file(world: World, tmp_path: Path) -> Path:
    path = tmp_path / world.bundle_name
    path.write_bytes(world.bundle)
    return path


def test_line_limit(
    world: World, mutator: Mutator, clean_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    longest = max(len(x) for x in mutator.parts.files["data/records.jsonl"].split(b"\n"))
    monkeypatch.setattr(record_checks, "MAX_LINE", longest)
    assert _codes(clean_file, world) == []
    monkeypatch.setattr(record_checks, "MAX_LINE", longest - 1)
    assert "record_line_too_long" in _codes(clean_file, world)


def test_member_count_limit(
    world: World, mutator: Mutator, clean_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zip_members, "MAX_MEMBERS", len(mutator.members))
    assert _codes(clean_file, world) == []
    monkeypatch.setattr(zip_members, "MAX_MEMBERS", len(mutator.members) - 1)
    assert _codes(clean_file, world) == ["zip_too_many_members"]


def test_tag_file_limit(
    world: World, mutator: Mutator, clean_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    biggest = max(len(m.data) for m in mutator.members if "/data/" not in m.name)
    monkeypatch.setattr(reader, "MAX_TAG_FILE", biggest)
    assert _codes(clean_file, world) == []
    monkeypatch.setattr(reader, "MAX_TAG_FILE", biggest - 1)
    assert "bag_file_too_large" in _codes(clean_file, world)


def test_compression_ratio_limit(
    world: World, clean_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    with zipfile.ZipFile(clean_file) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("records.jsonl"))
    ratio = info.file_size // info.compress_size
    monkeypatch.setattr(zip_members, "RATIO_FLOOR", 0)
    monkeypatch.setattr(zip_members, "MAX_RATIO", ratio + 1)
    assert _codes(clean_file, world) == []
    monkeypatch.setattr(zip_members, "MAX_RATIO", ratio)
    assert "zip_bomb" in _codes(clean_file, world)


def test_problem_values_quoted_from_the_bundle_are_shown_safely(
    mutator: Mutator, receiver: Receiver
) -> None:
    m = mutator.variant("slip_newline_added")
    [res] = receiver.import_bytes(m.data)
    [problem] = [p for p in res.problems if p.code == "zip_unsafe_name"]
    assert str(problem.params["name"]).endswith("data/x\\n")
    nfd = mutator.variant("slip_nfd_name_added")
    [res] = receiver.import_bytes(nfd.data)
    assert any(str(p.params.get("name", "")).endswith("data/ảnh.jpg") for p in res.problems)


def test_member_helper_round_trips(mutator: Mutator) -> None:
    assert [
        m.name for m in read_members(mutator.rezip(list(mutator.members)))
    ] == mutator.member_names
    assert isinstance(mutator.members[0], Member)
