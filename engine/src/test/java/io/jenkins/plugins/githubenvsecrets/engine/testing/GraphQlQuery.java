package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of GraphQL's query language the fake reads, parsed as GraphQL does: an optional {@code query Name($var:
 * Type!, ...)} header and one selection set of fields, each with an optional alias, arguments that are variables or
 * string literals, and a selection set of plain fields. Commas and {@code #} comments are ignored, as in GraphQL.
 * Anything else (fragments, directives, mutations, nested objects) is a {@link ParseError}.
 */
final class GraphQlQuery {
    private final List<Definition> definitions;
    private final List<Field> fields;

    private GraphQlQuery(List<Definition> definitions, List<Field> fields) {
        this.definitions = List.copyOf(definitions);
        this.fields = List.copyOf(fields);
    }

    /** The declared variables, by name without {@code $}. */
    List<Definition> definitions() {
        return definitions;
    }

    List<Field> fields() {
        return fields;
    }

    static GraphQlQuery parse(String text) throws ParseError {
        return new Parser(Lexer.tokens(text)).document();
    }

    /** {@code $name: Type}; the type as written, such as {@code String!}. */
    record Definition(String name, String type) {
    }

    /** A variable ({@code $name}) or a string literal. */
    record Value(String variable, String literal) {
    }

    /** One field: its response key is the alias when there is one. */
    record Field(String alias, String name, Map<String, Value> arguments, List<String> selections, int line,
            int column) {
        String responseKey() {
            return alias == null ? name : alias;
        }
    }

    /** Where and why the text is not the GraphQL the fake reads, in GraphQL's words. */
    static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        ParseError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private record Token(Kind kind, String text, int line, int column) {
        boolean is(Kind wanted, String wantedText) {
            return kind == wanted && text.equals(wantedText);
        }
    }

    private enum Kind { NAME, PUNCTUATOR, STRING, END }

    /** GraphQL's lexical grammar, as far as the fake needs it. */
    private static final class Lexer {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private int position;
        private int line = 1;
        private int lineStart;

        private Lexer(String text) {
            this.text = text;
        }

        static List<Token> tokens(String text) throws ParseError {
            var lexer = new Lexer(text);
            lexer.run();
            return lexer.tokens;
        }

        private void run() throws ParseError {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '\n') {
                    position++;
                    line++;
                    lineStart = position;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == '\uFEFF') {
                    position++;
                } else if (c == '#') {
                    while (position < text.length() && text.charAt(position) != '\n') {
                        position++;
                    }
                } else if (Character.isLetter(c) && c < 128 || c == '_') {
                    int start = position;
                    while (position < text.length() && isNameChar(text.charAt(position))) {
                        position++;
                    }
                    tokens.add(new Token(Kind.NAME, text.substring(start, position), line, start - lineStart + 1));
                } else if ("!$():=@[]{}|".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.PUNCTUATOR, String.valueOf(c), line, position - lineStart + 1));
                    position++;
                } else if (c == '"') {
                    string();
                } else {
                    throw new ParseError("Parse error on \"" + c + "\" at [" + line + ", "
                            + (position - lineStart + 1) + "]", line, position - lineStart + 1);
                }
            }
            tokens.add(new Token(Kind.END, "end of file", line, position - lineStart + 1));
        }

        private void string() throws ParseError {
            int column = position - lineStart + 1;
            if (text.startsWith("\"\"\"", position)) {
                throw new ParseError("Parse error on block string at [" + line + ", " + column + "]", line, column);
            }
            var value = new StringBuilder();
            position++;
            while (position < text.length() && text.charAt(position) != '"') {
                char c = text.charAt(position++);
                if (c == '\n') {
                    throw new ParseError("Parse error on unterminated string at [" + line + ", " + column + "]", line,
                            column);
                }
                if (c == '\\' && position < text.length()) {
                    char escaped = text.charAt(position++);
                    switch (escaped) {
                        case '"', '\\', '/' -> value.append(escaped);
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case 'u' -> {
                            if (position + 4 > text.length()) {
                                throw new ParseError("Parse error on bad unicode escape at [" + line + ", " + column
                                        + "]", line, column);
                            }
                            value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                            position += 4;
                        }
                        default -> throw new ParseError("Parse error on bad escape at [" + line + ", " + column + "]",
                                line, column);
                    }
                } else {
                    value.append(c);
                }
            }
            if (position >= text.length()) {
                throw new ParseError("Parse error on unterminated string at [" + line + ", " + column + "]", line,
                        column);
            }
            position++;
            tokens.add(new Token(Kind.STRING, value.toString(), line, column));
        }

        private static boolean isNameChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
    }

    /** The syntactic grammar: {@code [query [Name] [(definitions)]] { fields }}. */
    private static final class Parser {
        private final List<Token> tokens;
        private int next;

        private Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        GraphQlQuery document() throws ParseError {
            var definitions = new ArrayList<Definition>();
            if (peek().is(Kind.NAME, "query")) {
                next++;
                if (peek().kind() == Kind.NAME) {
                    next++;
                }
                if (peek().is(Kind.PUNCTUATOR, "(")) {
                    next++;
                    do {
                        expect(Kind.PUNCTUATOR, "$");
                        var name = expect(Kind.NAME, null).text();
                        expect(Kind.PUNCTUATOR, ":");
                        definitions.add(new Definition(name, type()));
                    } while (!peek().is(Kind.PUNCTUATOR, ")"));
                    next++;
                }
            }
            var fields = selectionSet(true);
            expect(Kind.END, null);
            return new GraphQlQuery(definitions, fields);
        }

        private String type() throws ParseError {
            String type;
            if (peek().is(Kind.PUNCTUATOR, "[")) {
                next++;
                type = "[" + type() + "]";
                expect(Kind.PUNCTUATOR, "]");
            } else {
                type = expect(Kind.NAME, null).text();
            }
            if (peek().is(Kind.PUNCTUATOR, "!")) {
                next++;
                type += "!";
            }
            return type;
        }

        private List<Field> selectionSet(boolean topLevel) throws ParseError {
            expect(Kind.PUNCTUATOR, "{");
            var fields = new ArrayList<Field>();
            do {
                var start = expect(Kind.NAME, null);
                String alias = null;
                String name = start.text();
                if (peek().is(Kind.PUNCTUATOR, ":")) {
                    next++;
                    alias = name;
                    name = expect(Kind.NAME, null).text();
                }
                var arguments = new LinkedHashMap<String, Value>();
                if (peek().is(Kind.PUNCTUATOR, "(")) {
                    next++;
                    do {
                        var argument = expect(Kind.NAME, null).text();
                        expect(Kind.PUNCTUATOR, ":");
                        arguments.put(argument, value());
                    } while (!peek().is(Kind.PUNCTUATOR, ")"));
                    next++;
                }
                var selections = new ArrayList<String>();
                if (peek().is(Kind.PUNCTUATOR, "{")) {
                    if (!topLevel) {
                        throw unexpected(peek());
                    }
                    selectionSet(false).forEach(field -> selections.add(field.name()));
                } else if (!topLevel && !arguments.isEmpty()) {
                    throw unexpected(peek());
                }
                fields.add(new Field(alias, name, arguments, selections, start.line(), start.column()));
            } while (!peek().is(Kind.PUNCTUATOR, "}"));
            next++;
            return fields;
        }

        private Value value() throws ParseError {
            if (peek().is(Kind.PUNCTUATOR, "$")) {
                next++;
                return new Value(expect(Kind.NAME, null).text(), null);
            }
            return new Value(null, expect(Kind.STRING, null).text());
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token expect(Kind kind, String text) throws ParseError {
            var token = peek();
            if (token.kind() != kind || text != null && !token.text().equals(text)) {
                throw unexpected(token);
            }
            next++;
            return token;
        }

        private static ParseError unexpected(Token token) {
            var shown = token.kind() == Kind.STRING ? "string" : token.text();
            return new ParseError("Parse error on \"" + shown + "\" (" + token.kind() + ") at [" + token.line() + ", "
                    + token.column() + "]", token.line(), token.column());
        }
    }
}
