import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * The Java Lucene 4.10 side of bench/run.sh: indexes the same documents TextMiner parsed (one line each of
 * docs.tsv: id, title, paragraphs separated by U+001F) as a document unit plus one unit per paragraph, the way
 * TextMiner's index holds them, commits once, then runs the same queries (AND by default, top 10, stored ids read)
 * once to warm up and once timed. Prints one JSON line.
 *
 *   java -cp lucene-core.jar:lucene-analyzers-common.jar:lucene-queryparser.jar:. LuceneBench DOCS.tsv QUERIES.txt INDEX_DIR
 */
public final class LuceneBench {
    public static void main(String[] args) throws Exception {
        Path docs = Paths.get(args[0]);
        List<String> queries = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        File indexDir = new File(args[2]);
        Analyzer analyzer = new EnglishAnalyzer();

        long started = System.nanoTime();
        int documents = 0;
        int units = 0;
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
             BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t", 3);
                if (columns.length < 3) {
                    continue;
                }
                String[] paragraphs = columns[2].split("\u001f");
                Document document = new Document();
                document.add(new StringField("id", columns[0], Field.Store.YES));
                document.add(new StringField("unit", "document", Field.Store.NO));
                document.add(new TextField("title", columns[1], Field.Store.NO));
                document.add(new TextField("text", String.join("\n", paragraphs), Field.Store.NO));
                writer.addDocument(document);
                units++;
                for (int i = 0; i < paragraphs.length; i++) {
                    Document paragraph = new Document();
                    paragraph.add(new StringField("id", columns[0] + "#" + i, Field.Store.YES));
                    paragraph.add(new StringField("unit", "paragraph", Field.Store.NO));
                    paragraph.add(new TextField("text", paragraphs[i], Field.Store.NO));
                    writer.addDocument(paragraph);
                    units++;
                }
                documents++;
            }
            writer.commit();
        }
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        long indexBytes = 0;
        for (File file : indexDir.listFiles()) {
            indexBytes += file.length();
        }

        List<Double> latencies = new ArrayList<>();
        long hits = 0;
        int failed = 0;
        try (FSDirectory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int round = 0; round < 2; round++) {
                for (String text : queries) {
                    long t = System.nanoTime();
                    try {
                        QueryParser parser = new QueryParser("text", analyzer);
                        parser.setDefaultOperator(QueryParser.Operator.AND);
                        Query query = parser.parse(text);
                        TopDocs top = searcher.search(query, 10);
                        for (ScoreDoc hit : top.scoreDocs) {
                            searcher.doc(hit.doc).get("id");
                        }
                        if (round == 1) {
                            hits += top.totalHits;
                        }
                    } catch (Exception e) {
                        if (round == 1) {
                            failed++;
                        }
                    }
                    if (round == 1) {
                        latencies.add((System.nanoTime() - t) / 1e6);
                    }
                }
            }
        }
        Collections.sort(latencies);
        System.out.println(String.format(Locale.ROOT,
            "{\"documents\":%d,\"units\":%d,\"index_seconds\":%.3f,\"docs_per_s\":%.1f,\"index_bytes\":%d,\"queries\":%d,\"failed\":%d,\"hits\":%d,\"p50_ms\":%.4f,\"p99_ms\":%.4f}",
            documents, units, indexSeconds, documents / indexSeconds, indexBytes, latencies.size(), failed, hits,
            percentile(latencies, 0.50), percentile(latencies, 0.99)));
    }

    private static double percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
    }
}
