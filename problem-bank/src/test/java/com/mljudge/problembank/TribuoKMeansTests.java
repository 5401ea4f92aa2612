package com.mljudge.problembank;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import com.mljudge.problembank.data.Datasets;
import com.mljudge.problembank.data.SyntheticData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kmeans reference against Tribuo's k-means (Apache-2.0). Tribuo picks its own
 * starting centroids, so the reference is started from Tribuo's converged centroids:
 * Lloyd's algorithm must then keep Tribuo's assignment, and both inertias must agree.
 */
class TribuoKMeansTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void referenceKeepsTribuosFixedPointOnBlobs(long seed) {
		double[][] points = SyntheticData.blobs(seed, 600, 4, 3, 1.5).x();
		agreeWithTribuo(points, 4, seed);
	}

	@Test
	void referenceKeepsTribuosFixedPointOnIris() {
		double[][] points = Datasets.iris().numeric("sepal_length", "sepal_width", "petal_length", "petal_width");
		agreeWithTribuo(points, 3, 42);
	}

	private static void agreeWithTribuo(double[][] points, int k, long seed) {
		String[] names = new String[points[0].length];
		for (int t = 0; t < names.length; t++) {
			names[t] = "f" + t;
		}
		ClusteringFactory factory = new ClusteringFactory();
		MutableDataset<ClusterID> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("points", factory),
				factory);
		List<Example<ClusterID>> examples = new ArrayList<>();
		for (double[] point : points) {
			ArrayExample<ClusterID> example = new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, point);
			examples.add(example);
			dataset.add(example);
		}
		KMeansModel model = new KMeansTrainer(k, 1000, new L2Distance(), KMeansTrainer.Initialisation.PLUSPLUS, 1, seed)
			.train(dataset);
		DenseVector[] centroids = model.getCentroidVectors();
		double[][] start = new double[k][];
		for (int j = 0; j < k; j++) {
			start[j] = centroids[j].toArray();
		}
		int[] tribuoLabels = examples.stream().mapToInt((e) -> model.predict(e).getOutput().getID()).toArray();

		int[] labels = (int[]) References.call("kmeans", points, k, start);

		assertThat(labels).containsExactly(tribuoLabels);
		assertThat(inertia(points, labels, k)).isCloseTo(tribuoInertia(points, start),
				org.assertj.core.data.Percentage.withPercentage(1e-7));
	}

	/** Sum of squared distances to the nearest of Tribuo's centroids. */
	private static double tribuoInertia(double[][] points, double[][] centroids) {
		double total = 0;
		for (double[] point : points) {
			double best = Double.MAX_VALUE;
			for (double[] centroid : centroids) {
				best = Math.min(best, squared(point, centroid));
			}
			total += best;
		}
		return total;
	}

	/** Sum of squared distances to the mean of each point's cluster. */
	private static double inertia(double[][] points, int[] labels, int k) {
		int d = points[0].length;
		double[][] means = new double[k][d];
		int[] counts = new int[k];
		for (int i = 0; i < points.length; i++) {
			counts[labels[i]]++;
			for (int t = 0; t < d; t++) {
				means[labels[i]][t] += points[i][t];
			}
		}
		for (int j = 0; j < k; j++) {
			for (int t = 0; t < d; t++) {
				means[j][t] /= Math.max(1, counts[j]);
			}
		}
		double total = 0;
		for (int i = 0; i < points.length; i++) {
			total += squared(points[i], means[labels[i]]);
		}
		return total;
	}

	private static double squared(double[] a, double[] b) {
		double sum = 0;
		for (int t = 0; t < a.length; t++) {
			sum += (a[t] - b[t]) * (a[t] - b[t]);
		}
		return sum;
	}

}
