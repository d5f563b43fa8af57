/// The suffix steps of Porter2, applied in order to one word.
extension Porter2Word {
    /// Stems the word in place; read the result from `letters`.
    mutating func run() {
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        if foundY { postlude() }
    }

    // MARK: Step 1: plurals, possessives, -ed/-ing, final y

    fileprivate mutating func step1a() {
        if ends(with: "'s'") {
            count -= 3
        } else if ends(with: "'s") {
            count -= 2
        } else if ends(with: "'") {
            count -= 1
        }
        if ends(with: "sses") {
            count -= 2
        } else if ends(with: "ied") || ends(with: "ies") {
            // "cries" → "cri" but "ties" → "tie".
            count -= count > 4 ? 2 : 1
        } else if ends(with: "ss") || ends(with: "us") {
            return
        } else if ends(with: "s") {
            // The letter just before the s does not count ("gas" stays, "gaps" → "gap").
            if count >= 2, hasVowel(before: count - 2) { count -= 1 }
        }
    }

    fileprivate mutating func step1b() {
        let length: Int
        if ends(with: "eedly") {
            stripEed(length: 5)
            return
        } else if ends(with: "ingly") {
            length = 5
        } else if ends(with: "edly") {
            length = 4
        } else if ends(with: "eed") {
            stripEed(length: 3)
            return
        } else if ends(with: "ing") {
            if keepsIng() { return }
            length = 3
        } else if ends(with: "ed") {
            length = 2
        } else {
            return
        }
        let stemEnd = count - length
        guard hasVowel(before: stemEnd) else { return }
        count = stemEnd
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            appendE()
        } else if endsInDouble() {
            // "add", "egg", "off" … keep both letters.
            if !(count == 3 && Self.isIn(bytes[0], Self.aeo)) { count -= 1 }
        } else if count == p1, endsInShortSyllable(count) {
            appendE()
        }
    }

    /// -eed and -eedly become -ee in R1, except in "proceed", "exceed", "succeed" (and their
    /// -ly forms), whose stems are kept whole.
    fileprivate mutating func stripEed(length: Int) {
        guard count - length >= p1 else { return }
        if stemIs("succ", suffixLength: length) || stemIs("proc", suffixLength: length)
            || stemIs("exc", suffixLength: length) {
            return
        }
        count -= length - 2
    }

    /// Handles the -ing words the general rule gets wrong. Returns whether the step is done:
    /// "dying" → "die" (consonant + y + ing), and "inning", "outing", "canning", "herring",
    /// "earring", "evening" stay as they are.
    fileprivate mutating func keepsIng() -> Bool {
        if count == 5, bytes[1] == UInt8(ascii: "y"), !isVowel(at: 0) {
            bytes[1] = UInt8(ascii: "i")
            bytes[2] = UInt8(ascii: "e")
            count = 3
            return true
        }
        return stemIs("inn", suffixLength: 3) || stemIs("out", suffixLength: 3)
            || stemIs("cann", suffixLength: 3) || stemIs("herr", suffixLength: 3)
            || stemIs("earr", suffixLength: 3) || stemIs("even", suffixLength: 3)
    }

    fileprivate func endsInDouble() -> Bool {
        guard count >= 2 else { return false }
        let last = bytes[count - 1]
        guard last == bytes[count - 2] else { return false }
        switch last {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
             UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    fileprivate mutating func appendE() {
        bytes[count] = UInt8(ascii: "e")
        count += 1
    }

    /// Final y/Y after a non-vowel that is not the first letter becomes i ("cry" → "cri").
    fileprivate mutating func step1c() {
        guard count >= 3 else { return }
        let last = bytes[count - 1]
        guard last == UInt8(ascii: "y") || last == UInt8(ascii: "Y"), !isVowel(at: count - 2) else { return }
        bytes[count - 1] = UInt8(ascii: "i")
    }

    // MARK: Steps 2–5: derivational suffixes, in R1 or R2
    // Each step looks for the longest listed suffix only; if that one fails its region
    // condition the step does nothing, rather than trying a shorter suffix.

    fileprivate mutating func step2() {
        guard count - 2 >= p1 else { return }
        switch bytes[count - 1] {
        case UInt8(ascii: "i"):
            if ends(with: "lessli") {
                replaceSuffix(length: 6, with: "less", ifFrom: p1)
            } else if ends(with: "biliti") {
                replaceSuffix(length: 6, with: "ble", ifFrom: p1)
            } else if ends(with: "fulli") {
                replaceSuffix(length: 5, with: "ful", ifFrom: p1)
            } else if ends(with: "ousli") {
                replaceSuffix(length: 5, with: "ous", ifFrom: p1)
            } else if ends(with: "entli") {
                replaceSuffix(length: 5, with: "ent", ifFrom: p1)
            } else if ends(with: "aliti") {
                replaceSuffix(length: 5, with: "al", ifFrom: p1)
            } else if ends(with: "iviti") {
                replaceSuffix(length: 5, with: "ive", ifFrom: p1)
            } else if ends(with: "anci") {
                replaceSuffix(length: 4, with: "ance", ifFrom: p1)
            } else if ends(with: "enci") {
                replaceSuffix(length: 4, with: "ence", ifFrom: p1)
            } else if ends(with: "abli") {
                replaceSuffix(length: 4, with: "able", ifFrom: p1)
            } else if ends(with: "alli") {
                replaceSuffix(length: 4, with: "al", ifFrom: p1)
            } else if ends(with: "bli") {
                replaceSuffix(length: 3, with: "ble", ifFrom: p1)
            } else if ends(with: "ogi") {
                // Only after l: "analogi" → "analog", but not "yogi".
                if count - 3 >= p1, count >= 4, bytes[count - 4] == UInt8(ascii: "l") {
                    replaceSuffix(length: 3, with: "og")
                }
            } else if ends(with: "li") {
                if count >= 3, Self.isIn(bytes[count - 3], Self.validLI) { deleteSuffix(length: 2, ifFrom: p1) }
            }
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceSuffix(length: 7, with: "ate", ifFrom: p1)
            } else if ends(with: "tional") {
                replaceSuffix(length: 6, with: "tion", ifFrom: p1)
            }
        case UInt8(ascii: "m"):
            if ends(with: "alism") { replaceSuffix(length: 5, with: "al", ifFrom: p1) }
        case UInt8(ascii: "n"):
            if ends(with: "ization") {
                replaceSuffix(length: 7, with: "ize", ifFrom: p1)
            } else if ends(with: "ation") {
                replaceSuffix(length: 5, with: "ate", ifFrom: p1)
            }
        case UInt8(ascii: "r"):
            if ends(with: "izer") {
                replaceSuffix(length: 4, with: "ize", ifFrom: p1)
            } else if ends(with: "ator") {
                replaceSuffix(length: 4, with: "ate", ifFrom: p1)
            }
        case UInt8(ascii: "s"):
            if ends(with: "iveness") {
                replaceSuffix(length: 7, with: "ive", ifFrom: p1)
            } else if ends(with: "fulness") {
                replaceSuffix(length: 7, with: "ful", ifFrom: p1)
            } else if ends(with: "ousness") {
                replaceSuffix(length: 7, with: "ous", ifFrom: p1)
            }
        case UInt8(ascii: "t"):
            if ends(with: "ogist") { replaceSuffix(length: 5, with: "og", ifFrom: p1) }
        default:
            break
        }
    }

    fileprivate mutating func step3() {
        guard count - 3 >= p1 else { return }
        switch bytes[count - 1] {
        case UInt8(ascii: "e"):
            if ends(with: "icate") {
                replaceSuffix(length: 5, with: "ic", ifFrom: p1)
            } else if ends(with: "ative") {
                deleteSuffix(length: 5, ifFrom: max(p1, p2))
            } else if ends(with: "alize") {
                replaceSuffix(length: 5, with: "al", ifFrom: p1)
            }
        case UInt8(ascii: "i"):
            if ends(with: "iciti") { replaceSuffix(length: 5, with: "ic", ifFrom: p1) }
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceSuffix(length: 7, with: "ate", ifFrom: p1)
            } else if ends(with: "tional") {
                replaceSuffix(length: 6, with: "tion", ifFrom: p1)
            } else if ends(with: "ical") {
                replaceSuffix(length: 4, with: "ic", ifFrom: p1)
            } else if ends(with: "ful") {
                deleteSuffix(length: 3, ifFrom: p1)
            }
        case UInt8(ascii: "s"):
            if ends(with: "ness") { deleteSuffix(length: 4, ifFrom: p1) }
        default:
            break
        }
    }

    fileprivate mutating func step4() {
        guard count - 2 >= p2 else { return }
        switch bytes[count - 1] {
        case UInt8(ascii: "e"):
            if ends(with: "ance") || ends(with: "ence") || ends(with: "able") || ends(with: "ible") {
                deleteSuffix(length: 4, ifFrom: p2)
            } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
                deleteSuffix(length: 3, ifFrom: p2)
            }
        case UInt8(ascii: "i"):
            if ends(with: "iti") { deleteSuffix(length: 3, ifFrom: p2) }
        case UInt8(ascii: "l"):
            if ends(with: "al") { deleteSuffix(length: 2, ifFrom: p2) }
        case UInt8(ascii: "m"):
            if ends(with: "ism") { deleteSuffix(length: 3, ifFrom: p2) }
        case UInt8(ascii: "n"):
            if ends(with: "ion"), count >= 4, bytes[count - 4] == UInt8(ascii: "s") || bytes[count - 4] == UInt8(ascii: "t") {
                deleteSuffix(length: 3, ifFrom: p2)
            }
        case UInt8(ascii: "r"):
            if ends(with: "er") { deleteSuffix(length: 2, ifFrom: p2) }
        case UInt8(ascii: "s"):
            if ends(with: "ous") { deleteSuffix(length: 3, ifFrom: p2) }
        case UInt8(ascii: "t"):
            if ends(with: "ement") {
                deleteSuffix(length: 5, ifFrom: p2)
            } else if ends(with: "ment") {
                deleteSuffix(length: 4, ifFrom: p2)
            } else if ends(with: "ent") || ends(with: "ant") {
                deleteSuffix(length: 3, ifFrom: p2)
            }
        case UInt8(ascii: "c"):
            if ends(with: "ic") { deleteSuffix(length: 2, ifFrom: p2) }
        default:
            break
        }
    }

    /// A final e goes in R2, or in R1 unless what precedes it is a short syllable
    /// ("hope" keeps it); a final l goes after another l in R2.
    fileprivate mutating func step5() {
        guard count >= 1 else { return }
        let start = count - 1
        switch bytes[start] {
        case UInt8(ascii: "e"):
            if start >= p2 || (start >= p1 && !endsInShortSyllable(start)) { count = start }
        case UInt8(ascii: "l"):
            if start >= p2, start >= 1, bytes[start - 1] == UInt8(ascii: "l") { count = start }
        default:
            break
        }
    }
}
