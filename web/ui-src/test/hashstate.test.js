import { describe, it, expect } from "vitest";
import { encodeHash, decodeHash, emptyHashState } from "../src/hashstate.js";

describe("hash state", () => {
  it("round-trips ids with separators and unicode", () => {
    const s = {
      ...emptyHashState(),
      centres: ["Passenger:DOE/JOHN/1970-07-12", "Address:1 harbour road, busan"],
      nodes: ["Trader:KR~1&2=3"],
      selected: "Phone:+821012345678",
      paths: [["Passenger:DOE/JOHN/1970-07-12", "Trader:KR-SHADOW"]],
      hiddenKinds: ["Country", "Office"],
      hiddenRels: ["LODGED_AT"],
      since: Date.parse("2024-01-01T00:00:00Z"),
      until: Date.parse("2024-06-30T23:59:59.999Z"),
      layout: "circular", colorBy: "risk", sizeBy: "degree",
    };
    const h = encodeHash(s);
    expect(h.startsWith("#c=")).toBe(true);
    const back = decodeHash(h);
    expect(back).toEqual(s);
  });

  it("omits defaults and decodes an empty hash", () => {
    expect(encodeHash(emptyHashState())).toBe("");
    expect(decodeHash("")).toEqual(emptyHashState());
    expect(decodeHash("#")).toEqual(emptyHashState());
  });

  it("ignores unknown keys and invalid values", () => {
    const s = decodeHash("#layout=bogus&color=nope&zzz=1&since=notadate&p=onlyone");
    expect(s.layout).toBe("fa2");
    expect(s.colorBy).toBe("community");
    expect(s.since).toBeNull();
    expect(s.paths).toEqual([]);
  });
});
