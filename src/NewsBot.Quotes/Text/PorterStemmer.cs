namespace NewsBot.Quotes.Text;

/// <summary>
/// Martin Porter's suffix-stripping stemmer (1980, with the two departures of his reference
/// implementation: -bli to -ble and -logi to -log), the algorithm SQLite's FTS5 "porter" tokenizer
/// applies, so a word stemmed here meets the stores' indexed words. Input: one folded lower-case
/// word; words with anything but ASCII letters, and words of one or two letters, come back unchanged.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        foreach (var c in word)
            if (c is < 'a' or > 'z') return word;
        var w = new Word(word);
        w.Step1ab();
        if (w.End > 0)
        {
            w.Step1c();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }
        return w.ToString();
    }

    /// <summary>The word being stemmed: letters [0, End) of the buffer; <see cref="_stem"/> marks where a matched suffix begins.</summary>
    private sealed class Word(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _k = word.Length - 1; // last letter
        private int _stem;

        public int End => _k;

        public override string ToString() => new(_b, 0, _k + 1);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences in letters [0, _stem].</summary>
        private int Measure()
        {
            int n = 0, i = 0;
            while (true)
            {
                if (i > _stem) return n;
                if (!IsConsonant(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _stem) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > _stem) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (int i = 0; i <= _stem; i++)
                if (!IsConsonant(i)) return true;
            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        /// <summary>Consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").</summary>
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string suffix)
        {
            int length = suffix.Length;
            if (length > _k + 1) return false;
            for (int i = 0; i < length; i++)
                if (_b[_k - length + 1 + i] != suffix[i]) return false;
            _stem = _k - length;
            return true;
        }

        /// <summary>Puts <paramref name="replacement"/> after the stem.</summary>
        private void SetTo(string replacement)
        {
            for (int i = 0; i < replacement.Length; i++) _b[_stem + 1 + i] = replacement[i];
            _k = _stem + replacement.Length;
        }

        private void ReplaceIfMeasured(string replacement)
        {
            if (Measure() > 0) SetTo(replacement);
        }

        public void Step1ab()
        {
            if (_b[_k] == 's')
            {
                if (EndsWith("sses")) _k -= 2;
                else if (EndsWith("ies")) SetTo("i");
                else if (_b[_k - 1] != 's') _k--;
            }
            if (EndsWith("eed"))
            {
                if (Measure() > 0) _k--;
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                _k = _stem;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(_k))
                {
                    _k--;
                    if (_b[_k] is 'l' or 's' or 'z') _k++;
                }
                else
                {
                    _stem = _k;
                    if (Measure() == 1 && Cvc(_k)) SetTo("e");
                }
            }
        }

        public void Step1c()
        {
            if (EndsWith("y") && VowelInStem()) _b[_k] = 'i';
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];

        public void Step2() => ApplyFirst(Step2Rules);

        public void Step3() => ApplyFirst(Step3Rules);

        /// <summary>The rule of the longest suffix the word ends with, applied when the stem before it is measured; shorter suffixes are not tried.</summary>
        private void ApplyFirst((string Suffix, string Replacement)[] rules)
        {
            int best = -1;
            for (int i = 0; i < rules.Length; i++)
                if (EndsWithNoMark(rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length)) best = i;
            if (best < 0) return;
            EndsWith(rules[best].Suffix);
            ReplaceIfMeasured(rules[best].Replacement);
        }

        private bool EndsWithNoMark(string suffix)
        {
            int stem = _stem;
            bool ends = EndsWith(suffix);
            _stem = stem;
            return ends;
        }

        public void Step4()
        {
            string? longest = null;
            foreach (var suffix in Step4Suffixes)
                if (EndsWithNoMark(suffix) && (longest is null || suffix.Length > longest.Length)) longest = suffix;
            if (longest is null) return;
            EndsWith(longest);
            if (longest == "ion" && !(_stem >= 0 && _b[_stem] is 's' or 't')) return;
            if (Measure() > 1) _k = _stem;
        }

        public void Step5()
        {
            _stem = _k;
            if (_b[_k] == 'e')
            {
                _stem = _k - 1;
                int m = Measure();
                if (m > 1 || (m == 1 && !Cvc(_k - 1))) _k--;
            }
            _stem = _k;
            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
        }
    }
}
