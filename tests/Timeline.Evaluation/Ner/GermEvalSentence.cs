namespace Timeline.Evaluation.Ner;

/// <summary>One GermEval sentence: its tokens and its gold outer PER/LOC/ORG spans (first token, last token, class).</summary>
internal sealed record GermEvalSentence(List<string> Tokens, HashSet<(int First, int Last, string Label)> Entities);
