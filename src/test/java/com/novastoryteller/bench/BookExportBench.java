package com.novastoryteller.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.novastoryteller.Application;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Percentile;

/**
 * How long a family waits for a book: five-part stories are written through the HTTP API with the embedded
 * engines, then each is downloaded as a PDF and as an EPUB, timed from the request to the last byte. The first
 * PDF after a start is reported on its own (fonts and image code load then). Target: a 5-part PDF in at most
 * 2 s. Usage: bench/book-export [stories]
 */
public final class BookExportBench {

    private static final List<String> PROMPTS = List.of("a fox named Rufus who finds a lost kite on a windy hill",
            "a girl named Ada who builds a robot", "a dragon who bakes bread in a little harbour town",
            "a snail named Plum who finds a lantern in the old forest", "a boy named Omar who sails to an island");

    private BookExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path data = Files.createTempDirectory("book-export");
        try (ConfigurableApplicationContext context = SpringApplication.run(Application.class, "--server.port=0",
                "--storyteller.data-dir=" + data, "--storyteller.providers.narrator=off", "--logging.level.root=WARN")) {
            Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
            String token = api.register("reader").token();
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < stories; n++) {
                String id = api.post("/api/stories/", token, Map.of("prompt", PROMPTS.get(n % PROMPTS.size()),
                        "length", "long")).json().get("id").asString();
                int parts = api.awaitReady(id, token, Duration.ofSeconds(60)).get("parts").size();
                if (parts != 5) {
                    throw new IllegalStateException("A long story has " + parts + " parts, not 5");
                }
                ids.add(id);
            }
            List<Double> pdf = new ArrayList<>();
            List<Double> epub = new ArrayList<>();
            List<Double> pdfSizes = new ArrayList<>();
            for (String id : ids) {
                pdf.add(timed(api, "/api/stories/" + id + "/export.pdf", token, pdfSizes));
                epub.add(timed(api, "/api/stories/" + id + "/export.epub", token, new ArrayList<>()));
            }
            System.out.printf("5-part PDF, first after start-up: %.2f s%n", pdf.get(0));
            List<Double> warm = pdf.subList(1, pdf.size());
            System.out.printf("5-part PDF, %d more: median %.2f s, p90 %.2f s, max %.2f s (target <= 2 s); median size %.0f KB%n",
                    warm.size(), Percentile.of(warm, 50), Percentile.of(warm, 90), warm.stream().mapToDouble(d -> d).max().orElse(0),
                    Percentile.of(pdfSizes, 50) / 1024);
            System.out.printf("5-part EPUB (pictures, no narration): median %.2f s, p90 %.2f s%n", Percentile.of(epub, 50),
                    Percentile.of(epub, 90));
        }
    }

    private static double timed(Api api, String path, String token, List<Double> sizes) {
        long started = System.nanoTime();
        HttpResponse<byte[]> file = api.bytes(path, token);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (file.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + file.statusCode());
        }
        sizes.add((double) file.body().length);
        return seconds;
    }
}
