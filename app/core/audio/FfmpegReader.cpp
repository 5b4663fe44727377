#include "FfmpegReader.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace qadesk {

namespace {

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

struct FfmpegReader::Decoder
{
    QString path;
    AudioFormat format;
    AVFormatContext *container = nullptr;
    AVCodecContext *codec = nullptr;
    SwrContext *converter = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    int stream = -1;
    AVRational timeBase{0, 1};
    qint64 origin = 0;     // the first frame's timestamp, in frames: frame 0 of the recording
    qint64 decodedAt = 0;  // the frame the next decoded block starts at
    bool flushed = false;  // the demuxer is at its end and the decoder was told so
    QList<qint16> pending; // decoded, converted, not yet read
    qsizetype pendingAt = 0;
    qint64 dropUntil = 0;    // after a seek: frames before this one are decoded and dropped
    qint64 endAt = -1;       // where the container says the audio ends (MP4's edit list), -1 when it does not
    int convertsFormat = -1; // what `converter` takes: the first frame's sample format, channels and rate
    int convertsChannels = 0;
    int convertsRate = 0;

    ~Decoder() { close(); }

    void close()
    {
        swr_free(&converter);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&container);
        flushed = false;
        pending.clear();
        pendingAt = 0;
        decodedAt = 0;
    }

    // Opens the file and decodes its first frame, which says what the decoder really gives (rate, channels) and
    // where the recording starts.
    void open()
    {
        int result = avformat_open_input(&container, QFile::encodeName(path).constData(), nullptr, nullptr);
        if (result < 0) {
            fail(QCoreApplication::translate("FfmpegReader",
                                             "not a recording FFmpeg can read: damaged, cut short or not audio (%1).")
                     .arg(ffmpegError(result)));
        }
        result = avformat_find_stream_info(container, nullptr);
        if (result < 0) {
            fail(QCoreApplication::translate("FfmpegReader", "the file is damaged or truncated (%1).")
                     .arg(ffmpegError(result)));
        }
        const AVCodec *decoder = nullptr;
        stream = av_find_best_stream(container, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
        if (stream < 0) {
            fail(stream == AVERROR_DECODER_NOT_FOUND
                     ? QCoreApplication::translate("FfmpegReader", "there is no decoder for its audio on this system.")
                     : QCoreApplication::translate("FfmpegReader", "the file holds no audio."));
        }
        const AVStream *audio = container->streams[stream];
        timeBase = audio->time_base;
        codec = avcodec_alloc_context3(decoder);
        packet = av_packet_alloc();
        frame = av_frame_alloc();
        if (!codec || !packet || !frame) {
            fail(QCoreApplication::translate("FfmpegReader", "out of memory."));
        }
        avcodec_parameters_to_context(codec, audio->codecpar);
        codec->pkt_timebase = audio->time_base;
        result = avcodec_open2(codec, decoder, nullptr);
        if (result < 0) {
            fail(QCoreApplication::translate("FfmpegReader", "its %1 audio cannot be decoded (%2).")
                     .arg(QString::fromUtf8(decoder->name), ffmpegError(result)));
        }
        if (!decodeNext()) {
            fail(QCoreApplication::translate("FfmpegReader",
                                             "no audio could be decoded from it (damaged or truncated?)."));
        }
        format.encoding = QString::fromUtf8(decoder->name);
    }

    [[noreturn]] void fail(const QString &what) const { throw Error(QStringLiteral("%1: %2").arg(path, what)); }

    qint64 framesOf(qint64 timestamp) const
    {
        return av_rescale_q(timestamp, timeBase, AVRational{1, format.sampleRate});
    }

    // The next decoded frame of audio into `frame`; false at the end. Damaged packets are skipped as FFmpeg's own
    // tools do; a file that yields nothing at all is refused by the constructor.
    bool decodeNext()
    {
        for (int failures = 0; failures < 10000;) {
            const int received = avcodec_receive_frame(codec, frame);
            if (received == 0) {
                return true;
            }
            if (received == AVERROR_EOF) {
                return false;
            }
            if (received != AVERROR(EAGAIN)) {
                ++failures; // a frame the decoder could not make: the next one may work
                continue;
            }
            if (flushed) {
                return false;
            }
            const int read = av_read_frame(container, packet);
            if (read < 0) {
                avcodec_send_packet(codec, nullptr); // drain what the decoder still holds
                flushed = true;
                continue;
            }
            if (packet->stream_index == stream) {
                avcodec_send_packet(codec, packet); // an error is a damaged packet: skipped
            }
            av_packet_unref(packet);
        }
        return false; // a decoder that only fails: the end of what can be read
    }

    // Converts `frame` into pending samples, dropping what lies before dropUntil.
    void take()
    {
        if (!converter) {
            AVChannelLayout in{};
            av_channel_layout_copy(&in, &frame->ch_layout);
            if (in.order == AV_CHANNEL_ORDER_UNSPEC) {
                av_channel_layout_default(&in, in.nb_channels);
            }
            AVChannelLayout out{};
            av_channel_layout_default(&out, format.channels);
            const int made = swr_alloc_set_opts2(&converter, &out, AV_SAMPLE_FMT_S16, format.sampleRate, &in,
                                                 AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
            av_channel_layout_uninit(&in);
            av_channel_layout_uninit(&out);
            if (made < 0 || swr_init(converter) < 0) {
                fail(QCoreApplication::translate("FfmpegReader", "its audio cannot be converted to 16-bit samples."));
            }
            convertsFormat = frame->format;
            convertsChannels = frame->ch_layout.nb_channels;
            convertsRate = frame->sample_rate;
        }
        const qint64 start = decodedAt;
        if (frame->format != convertsFormat || frame->ch_layout.nb_channels != convertsChannels ||
            frame->sample_rate != convertsRate) {
            decodedAt += frame->nb_samples; // the stream changed its format midway: such frames are not read
            return;
        }
        const qint64 count = endAt >= 0 ? std::clamp<qint64>(endAt - start, 0, frame->nb_samples) : frame->nb_samples;
        decodedAt += frame->nb_samples;
        if (start + count <= dropUntil || count <= 0) {
            return;
        }
        pending.resize(count * format.channels);
        pendingAt = 0;
        auto *out = reinterpret_cast<uint8_t *>(pending.data());
        const int converted =
            swr_convert(converter, &out, int(count), const_cast<const uint8_t **>(frame->extended_data), int(count));
        pending.resize(std::max(0, converted) * format.channels);
        if (start < dropUntil) {
            pendingAt = std::min<qsizetype>(pending.size(), (dropUntil - start) * format.channels);
        }
    }

    // Decodes one frame after a seek; true when it came with a timestamp (decodedAt is then where it starts).
    bool decodeAfterSeek(bool *ended)
    {
        avcodec_flush_buffers(codec);
        flushed = false;
        pending.clear();
        pendingAt = 0;
        *ended = !decodeNext();
        const qint64 timestamp = frame->best_effort_timestamp;
        if (*ended || timestamp == AV_NOPTS_VALUE) {
            return false;
        }
        decodedAt = framesOf(timestamp) - origin;
        return true;
    }
};

FfmpegReader::FfmpegReader(const QString &path) : d(std::make_unique<Decoder>())
{
    av_log_set_level(AV_LOG_QUIET); // our own messages name the file and the problem
    d->path = path;
    if (!QFile::exists(path)) {
        d->fail(QCoreApplication::translate("FfmpegReader", "the file does not exist."));
    }
    d->open();
    d->format.sampleRate = d->frame->sample_rate;
    d->format.channels = std::min(d->frame->ch_layout.nb_channels, 2);
    if (d->format.sampleRate <= 0 || d->format.channels <= 0) {
        d->fail(QCoreApplication::translate("FfmpegReader", "the decoder gives no sample rate or channels."));
    }
    const qint64 first = d->frame->best_effort_timestamp;
    d->origin = first == AV_NOPTS_VALUE ? 0 : d->framesOf(first);
    const AVStream *stream = d->container->streams[d->stream];
    if (stream->duration > 0 && stream->duration != AV_NOPTS_VALUE) {
        d->format.frames = d->framesOf(stream->duration);
    } else if (d->container->duration > 0) {
        d->format.frames = av_rescale(d->container->duration, d->format.sampleRate, AV_TIME_BASE);
    }
    // An MP4's edit list says exactly how long the audio is; FFmpeg 5.1 drops the AAC priming at the start but
    // leaves the encoder's padding at the end, which this cuts off. Other containers' lengths are estimates.
    if (QByteArrayView(d->container->iformat->name).startsWith("mov,") && d->format.frames > 0) {
        d->endAt = d->format.frames;
    }
    d->take();
}

FfmpegReader::~FfmpegReader() = default;

const AudioFormat &FfmpegReader::format() const
{
    return d->format;
}

qint64 FfmpegReader::read(QList<qint16> &samples, qint64 maxFrames)
{
    const int channels = d->format.channels;
    qint64 done = 0;
    if (!d->codec) {
        return 0;
    }
    while (done < maxFrames) {
        if (d->pendingAt >= d->pending.size()) {
            d->pending.clear();
            d->pendingAt = 0;
            if (!d->decodeNext()) {
                break;
            }
            d->take();
            continue;
        }
        const qint64 frames = std::min<qint64>(maxFrames - done, (d->pending.size() - d->pendingAt) / channels);
        const qsizetype base = samples.size();
        samples.resize(base + frames * channels);
        std::copy_n(d->pending.constData() + d->pendingAt, frames * channels, samples.data() + base);
        d->pendingAt += frames * channels;
        done += frames;
    }
    return done;
}

void FfmpegReader::seekFrame(qint64 frame)
{
    const qint64 target =
        d->format.frames > 0 ? std::clamp<qint64>(frame, 0, d->format.frames) : std::max<qint64>(0, frame);
    d->dropUntil = target;
    if (!d->codec) {
        d->close();
        try {
            d->open();
            d->take();
        } catch (const Error &) {
            d->close();
        }
        return;
    }
    // Seek a little before the frame (decoders need what came before it to give the same samples: MDCT overlap,
    // MP3's bit reservoir), further back when the container lands late, from the very start as a last resort.
    const qint64 rate = d->format.sampleRate;
    bool ended = false;
    for (const qint64 preroll : {rate / 2, rate * 5}) {
        const qint64 from = target - preroll;
        if (from <= 0) {
            break;
        }
        const qint64 timestamp = av_rescale_q(from + d->origin, AVRational{1, int(rate)}, d->timeBase);
        if (avformat_seek_file(d->container, d->stream, INT64_MIN, timestamp, timestamp, 0) < 0) {
            continue;
        }
        if (d->decodeAfterSeek(&ended) && d->decodedAt <= target) {
            d->take();
            return;
        }
        if (ended) {
            return; // past the end: reads give nothing
        }
    }
    // From the start: opened anew, so that the decoder starts as it did for a read from the start (a seek to the
    // start does not always restore the encoder delay the demuxer skips on opening).
    d->close();
    try {
        d->open();
        d->take();
    } catch (const Error &) {
        d->close(); // the file changed or went away meanwhile: reads give nothing
    }
}

} // namespace qadesk
